<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>wb::app</name>
    <message>
        <source>Wirebench: compose HTTP requests, open raw sockets and see every byte.</source>
        <translation>Wirebench：构建 HTTP 请求、打开原始套接字并查看每个字节。</translation>
    </message>
    <message>
        <source>Use the workspace folder &lt;path&gt; instead of the default one.</source>
        <translation>使用工作区文件夹 &lt;path&gt; 代替默认文件夹。</translation>
    </message>
    <message>
        <source>Show the interface in &lt;language&gt; (for example de or zh_CN) instead of the system's.</source>
        <translation>以 &lt;language&gt;（例如 de 或 zh_CN）而非系统语言显示界面。</translation>
    </message>
    <message>
        <source>Wirebench</source>
        <translation>Wirebench</translation>
    </message>
</context>
<context>
    <name>wb::cli</name>
    <message>
        <source>Print the workspace folder, creating it if missing.</source>
        <translation>输出工作区文件夹，若不存在则创建。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Run 'wirebench-cli COMMAND --help' for a command's options.</source>
        <translation>运行 'wirebench-cli COMMAND --help' 查看命令的选项。</translation>
    </message>
    <message>
        <source>Wirebench on the command line.</source>
        <translation>命令行版 Wirebench。</translation>
    </message>
    <message>
        <source>Use the workspace folder &lt;path&gt; instead of the default one.</source>
        <translation>使用工作区文件夹 &lt;path&gt; 代替默认文件夹。</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>要运行的命令。</translation>
    </message>
    <message>
        <source>Unknown command '%1'.</source>
        <translation>未知命令“%1”。</translation>
    </message>
</context>
<context>
    <name>wb::http</name>
    <message>
        <source>The file '%1' could not be written: check the folder exists and is writable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A large body could not be saved to a temporary file: free some disk space.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing the body to '%1' failed: free some disk space or choose another file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The proxy '%1' is not understood: give http://host:port or socks5://host:port.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The request has no method: type one such as GET or POST.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The method "%1" is not a valid HTTP token: use letters, digits and !#$%&amp;'*+-.^_`|~ only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The header name "%1" is not a valid HTTP token: remove spaces, colons and other separators.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The value of header "%1" contains a line break, which would end the header early: remove it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The body file "%1" cannot be read: check that it exists and that you may read it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The IPv6 address in the URL lacks its closing ']'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a valid IPv6 address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The URL has no host name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The host name "%1" contains the character '%2', which host names cannot hold.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The host name "%1" is not a valid domain name.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wb::http::Connection</name>
    <message>
        <source>The host name '%1' could not be resolved: check its spelling and your network or DNS settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate of %1 could not be verified: %2. Give its CA certificate, or turn verification off if you trust this server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connecting to %1 port %2 took longer than %3 ms: check that the server is up, or raise the connect timeout.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 refused the connection: check that a server listens there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be reached: check the address and your network.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server at %1 closed the connection unexpectedly.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to %1 timed out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The TLS connection to %1 failed: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The proxy could not connect to %1: %2. Check the proxy settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to %1 failed: %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wb::http::ExchangeRunner</name>
    <message>
        <source>The body file '%1' could not be read: check the path and permissions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The body file '%1' ended after %2 of %3 bytes: was it changed while sending?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server at %1 port %2 closed the connection without answering.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server sent nothing for %1 ms after the request: it may be stuck; raise the idle timeout to wait longer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server sent nothing for %1 ms in the middle of the response (after %2 bytes): raise the idle timeout to wait longer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The exchange took longer than its total time limit of %1 ms (%2 response bytes received): raise the limit to wait longer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wb::http::MultipartBuilder</name>
    <message>
        <source>The file "%1" of form field "%2" cannot be read: check that it exists and that you may read it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No usable multipart boundary was found for this form: its text parts contain the boundary.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wb::http::UrlParser</name>
    <message>
        <source>The URL is empty: type an address such as https://example.com/.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The scheme "%1" is not supported: use http:// or https://.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The host "%1" looks like an IPv6 address: write it in brackets, as in http://[::1]:8080/.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The URL has no host name: type one after "%1://".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The port "%1" is not a number from 1 to 65535.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server answered with a redirect whose Location header is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server redirected to "%1", which cannot be followed: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wb::interchange</name>
    <message>
        <source>The %1 cannot be imported: %2 (at %3). Nothing was changed; correct the file and import it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the JSON is not valid (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the document must be a JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postman collection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an item must be an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the name must be a string</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>folders are nested too deeply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"item" must be a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this is a Postman environment, not a collection; import it as an environment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this is a HAR archive, not a Postman collection; import it as HAR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this is a Postman v1 collection; export it from Postman as v2.1 and import that file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it has no "info" object, so it is not a Postman v2.0 or v2.1 collection</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wb::interchange::PostmanCollectionReader</name>
    <message>
        <source>the schema is not Postman collection v2.0 or v2.1 (found "%1")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the collection has no name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"item" must be a list</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wb::interchange::PostmanRequest</name>
    <message>
        <source>a request must be a URL string or an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the method must be a string</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the URL must be a string or an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the headers must be a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the body must be an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the auth must be an object</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wb::net</name>
    <message>
        <source>Invalid escape at character %1: %2. Write \\ for a backslash, or switch to hex mode.</source>
        <translation>第 %1 个字符处的转义无效：%2。反斜杠请写作 \\，或切换到十六进制模式。</translation>
    </message>
    <message>
        <source>a lone backslash at the end</source>
        <translation>末尾有单独的反斜杠</translation>
    </message>
    <message>
        <source>\x needs two hex digits</source>
        <translation>\x 需要两个十六进制数字</translation>
    </message>
    <message>
        <source>unknown escape \%1</source>
        <translation>未知转义 \%1</translation>
    </message>
    <message>
        <source>Hex digits must come in pairs; character %1 splits a pair. Add the missing digit.</source>
        <translation>十六进制数字必须成对出现；第 %1 个字符把一对拆开了。请补上缺少的数字。</translation>
    </message>
    <message>
        <source>Character %1 (%2) is not a hex digit. Use 0-9 and a-f, or switch to text mode.</source>
        <translation>第 %1 个字符（%2）不是十六进制数字。请使用 0-9 和 a-f，或切换到文本模式。</translation>
    </message>
    <message>
        <source>The hex text ends with half a byte. Add the missing digit.</source>
        <translation>十六进制文本以半个字节结尾。请补上缺少的数字。</translation>
    </message>
    <message numerus="yes">
        <source>Gave up reconnecting after %n attempt(s).</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Reconnecting in %1 ms (attempt %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a peer address. Write host:port, for example 127.0.0.1:7 or [::1]:7.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No host and port to connect to. Enter both first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connecting to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected to %1 from %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not connected, so nothing was sent. Open the connection first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finished sending; still receiving from %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 closed the connection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connection to %1 closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TCP connection to %1 established; starting the TLS handshake.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ignored as asked: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate %1 of %2: %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 established with %2 (cipher %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not read %1: %2. Check the path and its permissions.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wb::net::SocketErrors</name>
    <message>
        <source>The connection to %1 was refused: nothing is listening on that port, or a firewall rejected it. Check the host and port, and that the server is running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 closed the connection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The host name in %1 could not be resolved. Check its spelling and your DNS settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 did not answer in time. Check that the host is reachable, or allow a longer timeout.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The network failed while talking to %1. Check the connection and that the host is reachable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The address %1 is already in use by another program. Choose another port, or stop the program that uses it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not allowed to use %1. Ports below 1024 need extra privileges; choose a higher port.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The address in %1 does not belong to this machine. Bind to one of its own addresses, or to any address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The datagram for %1 is larger than the network allows. Send at most 65,507 bytes per datagram, or fewer to avoid fragmentation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The TLS handshake with %1 failed. Check that the peer speaks TLS on that port and accepts this client's protocol versions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to %1 failed: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No connection to %1 within %2 ms. Check that the host is reachable and not dropping packets, or allow a longer timeout.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to %1 was reset: the peer aborted it (TCP RST) instead of closing it normally, so data in flight may be lost. The server may have crashed, rejected the data, or closed with unread input.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wb::net::TcpServerSession</name>
    <message>
        <source>The TLS handshake with client %1 failed. Check that it speaks TLS and trusts this server's certificate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Listening for TLS clients on %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Listening on %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client %1 connected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client %1 disconnected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped listening on %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No client %1 is connected, so nothing was sent. Choose one of the connected clients.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No client is connected, so nothing was sent. Wait for a client to connect.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disconnecting client %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wb::net::TlsCredentials</name>
    <message>
        <source>%1 does not hold a private key that can be read (RSA, EC or DSA in PEM or DER), or its passphrase is wrong.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not read %1: %2. Check the path and its permissions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a PKCS#12 bundle, or its password is wrong.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 holds no certificate in PEM or DER form.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, issued by %2, valid from %3 to %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate of %1 expired on %2. The server must renew it; until then you can only connect by ignoring certificate errors.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate of %1 is valid only from %2. Check this machine's clock.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate presented by %1 is for %2, not for this host name. Connect with a name the certificate lists, or ignore certificate errors.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate of %1 is self-signed, so nothing vouches for it. Trust it explicitly (add it as a CA certificate) or ignore certificate errors.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate of %1 was issued by an authority this client does not trust (%2). Add that authority's certificate as a CA certificate, or ignore certificate errors.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate of %1 has been revoked by its issuer. Do not trust this server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate of %1 could not be verified: %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wb::net::UdpSession</name>
    <message>
        <source>Bound to %1; datagrams from anyone are shown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Socket closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The UDP socket is not open, so nothing was sent. Open it first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No destination for the datagram. Enter a host and port to send to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not join the multicast group %1. Bind to any address (not a single one) and check that the group is a multicast address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Joined the multicast group %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not leave the multicast group %1: this socket had not joined it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left the multicast group %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wb::net::WebSocketSession</name>
    <message>
        <source>'%1' is not a WebSocket URL. Write ws://host:port/path or wss://host:port/path.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Pong received after %1 ms (%n byte(s) of payload).</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Opening %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WebSocket connection to %1 open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WebSocket closed with code %1%2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The WebSocket handshake with %1 failed: %2. Check the URL's path and that the server speaks WebSocket there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ignored as asked: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closing with code %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The WebSocket is not open, so nothing was sent. Open it first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A text message must be valid UTF-8. Send these bytes as a binary message instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A ping carries at most 125 bytes of payload. Shorten it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ping sent.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wb::store</name>
    <message>
        <source>A body file of the history could not be written in %1. Check that the disk is not full and the workspace folder is writable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A body file of this history entry is missing (%1). It may have been deleted outside Wirebench.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A body of this history entry is damaged. Delete the entry or clear the history.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workspace database %1 could not be opened. Check that the workspace folder is writable, or choose another with --workspace.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workspace database %1 is damaged or is not a Wirebench workspace (%2), and it could not be moved aside. Move it away yourself or choose another workspace with --workspace.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workspace database %1 was damaged or is not a Wirebench workspace (%2). It was kept as %3 and a new, empty workspace database was created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A history entry is damaged and cannot be shown. Delete it or clear the history.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The search text could not be used. Search for plain words.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no history entry %1. It may have been pruned or cleared.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workspace was written by a newer Wirebench (schema %1, this one knows %2). Update Wirebench or choose another workspace.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workspace is in use by another program that keeps it locked. Close the other Wirebench window or choose another workspace with --workspace, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workspace database is damaged. Restart Wirebench: it keeps the damaged file as a backup and starts a new one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workspace database could not be updated. Check that the disk is not full and the workspace folder is writable.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wb::tls</name>
    <message>
        <source>The %1 file '%2' could not be read: check the path and permissions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PKCS#12 file '%1' could not be opened: check that it is a PKCS#12 file and that the password is right.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The client certificate file '%1' holds no PEM certificate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The private key in '%1' could not be read: check that it is a PEM key and, if it is encrypted, that the password is right.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wb::tls::TlsConfigBuilder</name>
    <message>
        <source>The CA file '%1' holds no certificate: give a PEM bundle.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wb::ui::MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>New &amp;Request</source>
        <translation>新建请求(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>New &amp;Socket Console</source>
        <translation>新建套接字控制台(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>关闭标签页(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Show &amp;Sidebar</source>
        <translation>显示侧边栏(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>&amp;Collections</source>
        <translation>集合(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation>下一个标签页(&amp;N)</translation>
    </message>
    <message>
        <source>Ctrl+Tab</source>
        <translation>Ctrl+Tab</translation>
    </message>
    <message>
        <source>&amp;Previous Tab</source>
        <translation>上一个标签页(&amp;P)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Tab</source>
        <translation>Ctrl+Shift+Tab</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Wirebench</source>
        <translation>关于 Wirebench(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
</context>
<context>
    <name>wb::ui::MainWindow</name>
    <message>
        <source>Wirebench</source>
        <translation>Wirebench</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>工作区：%1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>The request composer is not part of this build.</source>
        <translation>此版本不包含请求编辑器。</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>请求 %1</translation>
    </message>
    <message>
        <source>The socket console is not part of this build.</source>
        <translation>此版本不包含套接字控制台。</translation>
    </message>
    <message>
        <source>Console %1</source>
        <translation>控制台 %1</translation>
    </message>
    <message>
        <source>About Wirebench</source>
        <translation>关于 Wirebench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Wirebench %1&lt;/h3&gt;&lt;p&gt;A native network workbench: compose HTTP requests, open raw sockets, and see exactly what went over the wire.&lt;/p&gt;&lt;p&gt;Built with Qt %2. Released under the MIT License.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Wirebench %1&lt;/h3&gt;&lt;p&gt;原生网络工作台：构建 HTTP 请求、打开原始套接字，精确查看线路上传输的内容。&lt;/p&gt;&lt;p&gt;基于 Qt %2 构建，以 MIT 许可证发布。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>wb::ui::Sidebar</name>
    <message>
        <source>Collections</source>
        <translation>集合</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>No collections yet</source>
        <translation>尚无集合</translation>
    </message>
    <message>
        <source>Save a request with Ctrl+S to start a collection.</source>
        <translation>按 Ctrl+S 保存请求即可创建集合。</translation>
    </message>
    <message>
        <source>No history yet</source>
        <translation>尚无历史记录</translation>
    </message>
    <message>
        <source>Every request you send appears here, newest first.</source>
        <translation>发送的每个请求都会显示在这里，最新的在最前。</translation>
    </message>
</context>
<context>
    <name>wb::ui::WelcomePage</name>
    <message>
        <source>Wirebench</source>
        <translation>Wirebench</translation>
    </message>
    <message>
        <source>See exactly what goes over the wire.</source>
        <translation>精确查看线路上传输的内容。</translation>
    </message>
    <message>
        <source>New HTTP Request</source>
        <translation>新建 HTTP 请求</translation>
    </message>
    <message>
        <source>New Socket Console</source>
        <translation>新建套接字控制台</translation>
    </message>
    <message>
        <source>Requests you send are kept in History. Save them to Collections with Ctrl+S.</source>
        <translation>发送的请求会保存在历史记录中。按 Ctrl+S 可将其保存到集合。</translation>
    </message>
</context>
<context>
    <name>wb::workspace</name>
    <message>
        <source>The workspace path %1 is a file, not a folder. Choose a folder with --workspace.</source>
        <translation>工作区路径 %1 是文件而不是文件夹。请用 --workspace 选择一个文件夹。</translation>
    </message>
    <message>
        <source>The workspace folder %1 could not be created. Check that its parent exists and is writable, or choose another with --workspace.</source>
        <translation>无法创建工作区文件夹 %1。请检查其上级文件夹是否存在且可写，或用 --workspace 选择其他文件夹。</translation>
    </message>
    <message>
        <source>The item is not in this collection. Reload the collection and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is a folder, not a request. Choose a request.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A request cannot hold other items. Choose a folder instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A folder cannot be moved into itself. Choose another destination.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
