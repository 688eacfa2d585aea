<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChunkFormatter</name>
    <message>
        <source>… %1 more not shown here (Export keeps them)</source>
        <translation>… 还有 %1 个未在此处显示（导出时会保留）</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
</context>
<context>
    <name>SessionSetup</name>
    <message>
        <source>TCP client</source>
        <translation>TCP 客户端</translation>
    </message>
    <message>
        <source>TCP server</source>
        <translation>TCP 服务器</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>TLS client</source>
        <translation>TLS 客户端</translation>
    </message>
    <message>
        <source>TLS server</source>
        <translation>TLS 服务器</translation>
    </message>
    <message>
        <source>WebSocket</source>
        <translation>WebSocket</translation>
    </message>
    <message>
        <source>“%1” is not an IP address to listen on; try 127.0.0.1 or 0.0.0.0.</source>
        <translation>“%1”不是可监听的 IP 地址；请尝试 127.0.0.1 或 0.0.0.0。</translation>
    </message>
    <message>
        <source>Enter the host and port to connect to.</source>
        <translation>请输入要连接的主机和端口。</translation>
    </message>
    <message>
        <source>A TLS server needs a certificate file and a key file.</source>
        <translation>TLS 服务器需要证书文件和密钥文件。</translation>
    </message>
    <message>
        <source>Enter a ws:// or wss:// URL.</source>
        <translation>请输入 ws:// 或 wss:// URL。</translation>
    </message>
    <message>
        <source>Unknown session kind.</source>
        <translation>未知的会话类型。</translation>
    </message>
    <message>
        <source>“%1” is not an IPv4 broadcast address; use 255.255.255.255 or a subnet&apos;s broadcast address such as 192.168.1.255.</source>
        <translation>“%1”不是 IPv4 广播地址；请使用 255.255.255.255 或子网的广播地址，例如 192.168.1.255。</translation>
    </message>
    <message>
        <source>Enter the port to broadcast to.</source>
        <translation>请输入要广播到的端口。</translation>
    </message>
</context>
<context>
    <name>wb</name>
    <message numerus="yes">
        <source>%1 can be read by other users of this computer, and its permissions could not be changed (%2; %n path(s) in all). The workspace keeps Authorization headers, cookies and tokens: move it to a folder you own, or make it private with chmod -R go= on its folder.</source>
        <translation>
            <numerusform>%1 可被此计算机上的其他用户读取，且无法更改其权限（%2；共 %n 个路径）。工作区保存着 Authorization 标头、Cookie 和令牌：请将其移到您自己拥有的文件夹，或对其文件夹执行 chmod -R go= 使其私有。</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder %1 could not be created (%2). Check that its parent exists and is writable.</source>
        <translation>无法创建文件夹 %1（%2）。请检查其上级文件夹是否存在且可写。</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 不是文件夹。</translation>
    </message>
    <message>
        <source>The file %1 could not be created (%2). Check that the disk is not full and the folder is writable.</source>
        <translation>无法创建文件 %1（%2）。请检查磁盘是否已满以及文件夹是否可写。</translation>
    </message>
</context>
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
        <source>Show the interface in &lt;language&gt; (for example de or zh_CN) instead of the system&apos;s.</source>
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
        <source>Run &apos;wirebench-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>运行 &apos;wirebench-cli COMMAND --help&apos; 查看命令的选项。</translation>
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
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>List, search, show, export (HAR) or clear the history.</source>
        <translation>列出、搜索、显示、导出（HAR）或清除历史记录。</translation>
    </message>
    <message>
        <source>Connect to HOST PORT over TCP, netcat-like.</source>
        <translation>通过 TCP 连接到 HOST PORT，类似 netcat。</translation>
    </message>
    <message>
        <source>Send UDP datagrams to HOST PORT and print replies.</source>
        <translation>通过 UDP 向 HOST PORT 发送数据报并打印回复。</translation>
    </message>
    <message>
        <source>Connect to HOST PORT over TLS, netcat-like.</source>
        <translation>通过 TLS 连接到 HOST PORT，类似 netcat。</translation>
    </message>
    <message>
        <source>Open a WebSocket and exchange messages.</source>
        <translation>打开 WebSocket 并收发消息。</translation>
    </message>
    <message>
        <source>Listen on a TCP, TLS or UDP port, netcat-like.</source>
        <translation>在 TCP、TLS 或 UDP 端口上监听，类似 netcat。</translation>
    </message>
    <message>
        <source>Send one HTTP request, curl-like.</source>
        <translation>发送一个 HTTP 请求，类似 curl。</translation>
    </message>
    <message>
        <source>Import a Postman collection or environment, a curl command or a HAR file.</source>
        <translation>导入 Postman 集合或环境、curl 命令或 HAR 文件。</translation>
    </message>
    <message>
        <source>Export a collection (Postman v2.1, curl) or an environment.</source>
        <translation>导出集合（Postman v2.1、curl）或环境。</translation>
    </message>
    <message>
        <source>Send N requests over C connections and print the rate and latencies.</source>
        <translation>通过 C 个连接发送 N 个请求，并打印速率和延迟。</translation>
    </message>
    <message>
        <source>Export a collection as Postman v2.1 or as curl commands, or an environment as a Postman environment. Secret values are left out unless --include-secrets.</source>
        <translation>将集合导出为 Postman v2.1 或 curl 命令，或将环境导出为 Postman 环境。除非指定 --include-secrets，否则不包含机密值。</translation>
    </message>
    <message>
        <source>The collection (id or name).</source>
        <translation>集合（ID 或名称）。</translation>
    </message>
    <message>
        <source>The environment (id or name).</source>
        <translation>环境（ID 或名称）。</translation>
    </message>
    <message>
        <source>postman (default) or curl.</source>
        <translation>postman（默认）或 curl。</translation>
    </message>
    <message>
        <source>Write the values of secret variables too.</source>
        <translation>同时写出机密变量的值。</translation>
    </message>
    <message>
        <source>Write to &lt;file&gt; instead of standard output.</source>
        <translation>写入 &lt;file&gt;，而不是标准输出。</translation>
    </message>
    <message>
        <source>Usage: export --collection ID|NAME [--format postman|curl] | --environment ID|NAME [--include-secrets] [--output FILE].</source>
        <translation>用法：export --collection ID|NAME [--format postman|curl] | --environment ID|NAME [--include-secrets] [--output FILE]。</translation>
    </message>
    <message>
        <source>There is no collection “%1”; wirebench-cli import adds one.</source>
        <translation>不存在集合“%1”；可使用 wirebench-cli import 添加。</translation>
    </message>
    <message>
        <source>There is no environment “%1”; wirebench-cli import adds one.</source>
        <translation>不存在环境“%1”；可使用 wirebench-cli import 添加。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation>--limit 需要一个正数。</translation>
    </message>
    <message>
        <source>--before needs an entry id.</source>
        <translation>--before 需要一个条目 ID。</translation>
    </message>
    <message>
        <source>--status takes 1xx, 2xx, 3xx, 4xx or 5xx.</source>
        <translation>--status 的取值为 1xx、2xx、3xx、4xx 或 5xx。</translation>
    </message>
    <message>
        <source>--%1 needs a time such as 2024-05-01T12:00:00Z.</source>
        <translation>--%1 需要一个时间，例如 2024-05-01T12:00:00Z。</translation>
    </message>
    <message>
        <source>More entries: add --before %1.</source>
        <translation>更多条目：添加 --before %1。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an entry id.</source>
        <translation>“%1”不是条目 ID。</translation>
    </message>
    <message>
        <source>The HAR file %1 could not be written: %2.</source>
        <translation>无法写入 HAR 文件 %1：%2。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n exchange(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 条交换记录导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Browse the request history of the workspace.
  history list [filters]            newest first, one line per entry
  history search WORDS [filters]    full-text search
  history show ID [--body]          one entry in full
  history export --har FILE [ID...] [--query WORDS] [filters]
  history clear                     delete the whole history</source>
        <translation>浏览工作区的请求历史记录。
  history list [filters]            最新的在前，每个条目一行
  history search WORDS [filters]    全文搜索
  history show ID [--body]          完整显示一个条目
  history export --har FILE [ID...] [--query WORDS] [filters]
  history clear                     删除全部历史记录</translation>
    </message>
    <message>
        <source>list, search, show, export or clear</source>
        <translation>list、search、show、export 或 clear</translation>
    </message>
    <message>
        <source>Say what to do with the history: list, search, show, export or clear.</source>
        <translation>请指定要对历史记录执行的操作：list、search、show、export 或 clear。</translation>
    </message>
    <message>
        <source>Usage: history show ID | search WORDS | export --har FILE [ID...].</source>
        <translation>用法：history show ID | search WORDS | export --har FILE [ID...]。</translation>
    </message>
    <message numerus="yes">
        <source>Cleared the history (%n entries).</source>
        <translation>
            <numerusform>已清除历史记录（%n 个条目）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a Postman collection (v2.0, v2.1), a Postman environment, a curl command or a HAR archive into the workspace. FILE - reads standard input.</source>
        <translation>将 Postman 集合（v2.0、v2.1）、Postman 环境、curl 命令或 HAR 存档导入工作区。FILE 为 - 时读取标准输入。</translation>
    </message>
    <message>
        <source>auto (default), postman, environment, curl or har.</source>
        <translation>auto（默认）、postman、environment、curl 或 har。</translation>
    </message>
    <message>
        <source>Name of the new collection (curl and har).</source>
        <translation>新集合的名称（curl 和 har）。</translation>
    </message>
    <message>
        <source>The file to import, or -.</source>
        <translation>要导入的文件，或 -。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>--format takes auto, postman, environment, curl or har.</source>
        <translation>--format 的取值为 auto、postman、environment、curl 或 har。</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message numerus="yes">
        <source>Imported environment “%1” with %n variable(s) as %2.</source>
        <translation>
            <numerusform>已将环境“%1”（含 %n 个变量）导入为 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported collection “%1” with %n request(s) as %2.</source>
        <translation>
            <numerusform>已将集合“%1”（含 %n 个请求）导入为 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Listen on PORT (TCP, TLS or UDP): what clients send is written to standard output, and standard input is sent to every connected client (UDP: to the last sender). Without --keep-open a TCP listener ends when its first client has gone.
Exit codes: 0 done, 2 usage (or the port is in use), 3 network failure, 5 TLS failure, 6 a certificate or key file could not be read.</source>
        <translation>在 PORT 上监听（TCP、TLS 或 UDP）：客户端发送的内容写入标准输出，标准输入则发送给每个已连接的客户端（UDP：发送给最后一个发送方）。如果未指定 --keep-open，TCP 监听器会在第一个客户端断开后结束。
退出码：0 完成，2 用法错误（或端口已被占用），3 网络故障，5 TLS 故障，6 无法读取证书或密钥文件。</translation>
    </message>
    <message>
        <source>Port number (0 picks a free one).</source>
        <translation>端口号（0 表示自动选择一个空闲端口）。</translation>
    </message>
    <message>
        <source>Receive UDP datagrams.</source>
        <translation>接收 UDP 数据报。</translation>
    </message>
    <message>
        <source>Accept TLS clients (needs --cert and --key).</source>
        <translation>接受 TLS 客户端（需要 --cert 和 --key）。</translation>
    </message>
    <message>
        <source>The server certificate (PEM).</source>
        <translation>服务器证书（PEM）。</translation>
    </message>
    <message>
        <source>The server&apos;s private key (PEM).</source>
        <translation>服务器的私钥（PEM）。</translation>
    </message>
    <message>
        <source>Listen on &lt;address&gt; only (default: every address).</source>
        <translation>仅在 &lt;address&gt; 上监听（默认：所有地址）。</translation>
    </message>
    <message>
        <source>Keep accepting clients after the first has gone.</source>
        <translation>第一个客户端断开后继续接受客户端。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port: use a number from 0 to 65535.</source>
        <translation>“%1”不是端口：请使用 0 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address.</source>
        <translation>“%1”不是 IP 地址。</translation>
    </message>
    <message>
        <source>--udp and --tls cannot be combined.</source>
        <translation>--udp 和 --tls 不能同时使用。</translation>
    </message>
    <message>
        <source>--tls needs --cert and --key.</source>
        <translation>--tls 需要 --cert 和 --key。</translation>
    </message>
    <message>
        <source>Send N requests over C keep-alive connections and print the rate, latency percentiles and statuses.</source>
        <translation>通过 C 个 keep-alive 连接发送 N 个请求，并打印速率、延迟百分位数和状态码。</translation>
    </message>
    <message>
        <source>The URL.</source>
        <translation>URL。</translation>
    </message>
    <message>
        <source>Number of requests (default 1000).</source>
        <translation>请求数（默认 1000）。</translation>
    </message>
    <message>
        <source>Connections used at once (default 1).</source>
        <translation>同时使用的连接数（默认 1）。</translation>
    </message>
    <message>
        <source>Stop starting requests after this many seconds (default 300).</source>
        <translation>超过此秒数后不再发起新请求（默认 300）。</translation>
    </message>
    <message>
        <source>&apos;text&apos; (default) or &apos;json&apos;.</source>
        <translation>&apos;text&apos;（默认）或 &apos;json&apos;。</translation>
    </message>
    <message>
        <source>Requests: %1 over %2 connections in %3 s</source>
        <translation>请求：%1 个，使用 %2 个连接，用时 %3 秒</translation>
    </message>
    <message>
        <source>Requests per second: %1</source>
        <translation>每秒请求数：%1</translation>
    </message>
    <message>
        <source>Latency ms: p50 %1  p90 %2  p99 %3  max %4</source>
        <translation>延迟（ms）：p50 %1  p90 %2  p99 %3  max %4</translation>
    </message>
    <message>
        <source>Status %1: %2</source>
        <translation>状态 %1：%2</translation>
    </message>
    <message>
        <source>Errors (%1): %2</source>
        <translation>错误（%1）：%2</translation>
    </message>
    <message>
        <source>First error: %1</source>
        <translation>第一个错误：%1</translation>
    </message>
    <message>
        <source>The data file &apos;%1&apos; could not be read: check the path.</source>
        <translation>无法读取数据文件“%1”：请检查路径。</translation>
    </message>
    <message>
        <source>--%1 needs a number of seconds, not &apos;%2&apos;.</source>
        <translation>--%1 需要以秒为单位的数字，而不是“%2”。</translation>
    </message>
    <message>
        <source>Send one HTTP request and print the response body.</source>
        <translation>发送一个 HTTP 请求并打印响应正文。</translation>
    </message>
    <message>
        <source>Write the body to this file.</source>
        <translation>将正文写入此文件。</translation>
    </message>
    <message>
        <source>Print the response head before the body.</source>
        <translation>在正文之前打印响应头部。</translation>
    </message>
    <message>
        <source>Send HEAD and print the response head.</source>
        <translation>发送 HEAD 请求并打印响应头部。</translation>
    </message>
    <message>
        <source>Print no error messages.</source>
        <translation>不打印错误消息。</translation>
    </message>
    <message>
        <source>Print the bytes sent and received, TLS details and timings to standard error.</source>
        <translation>将发送和接收的字节、TLS 详细信息和耗时打印到标准错误。</translation>
    </message>
    <message>
        <source>Exit with code 1 when the status is 400 or above.</source>
        <translation>当状态码为 400 或以上时，以退出码 1 退出。</translation>
    </message>
    <message>
        <source>&apos;text&apos; (default) or &apos;json&apos; for scripts.</source>
        <translation>&apos;text&apos;（默认）或供脚本使用的 &apos;json&apos;。</translation>
    </message>
    <message>
        <source>Give exactly one URL, for example: wirebench-cli send http://127.0.0.1:8080/</source>
        <translation>请只提供一个 URL，例如：wirebench-cli send http://127.0.0.1:8080/</translation>
    </message>
    <message>
        <source>--output-format is &apos;text&apos; or &apos;json&apos;.</source>
        <translation>--output-format 的取值为 &apos;text&apos; 或 &apos;json&apos;。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port: use a number from 1 to 65535.</source>
        <translation>“%1”不是端口：请使用 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>--wait needs a number of seconds.</source>
        <translation>--wait 需要以秒为单位的数字。</translation>
    </message>
    <message>
        <source>--repeat needs a count of 0 or more, and --send.</source>
        <translation>--repeat 需要 0 或更大的次数，并且需要 --send。</translation>
    </message>
    <message>
        <source>--interval needs a number of milliseconds.</source>
        <translation>--interval 需要以毫秒为单位的数字。</translation>
    </message>
    <message>
        <source>Could not write to standard output; stopping.</source>
        <translation>无法写入标准输出；正在停止。</translation>
    </message>
    <message>
        <source>Connect to HOST PORT over TCP: standard input is sent, what arrives is written to standard output. When the input ends, the sending side is shut down and the command ends once the peer closes.
Exit codes: 0 closed normally, 2 usage, 3 refused, reset or DNS failure, 4 timeout, 6 output failed.</source>
        <translation>通过 TCP 连接到 HOST PORT：发送标准输入，接收到的内容写入标准输出。输入结束后，关闭发送端，并在对端关闭后结束命令。
退出码：0 正常关闭，2 用法错误，3 连接被拒绝、被重置或 DNS 失败，4 超时，6 输出失败。</translation>
    </message>
    <message>
        <source>Host name or address.</source>
        <translation>主机名或地址。</translation>
    </message>
    <message>
        <source>Port number.</source>
        <translation>端口号。</translation>
    </message>
    <message>
        <source>--key needs --cert.</source>
        <translation>--key 需要 --cert。</translation>
    </message>
    <message>
        <source>Connect to HOST PORT over TLS: standard input is sent, what arrives is written to standard output. Certificate problems are explained on standard error. Once the input ends, the command closes after 2 seconds without incoming data (--wait).
Exit codes: 0 closed normally, 2 usage, 3 refused, reset or DNS failure, 4 timeout, 5 TLS handshake or certificate verification failed, 6 a file could not be read.</source>
        <translation>通过 TLS 连接到 HOST PORT：发送标准输入，接收到的内容写入标准输出。证书问题会在标准错误中说明。输入结束后，若 2 秒内没有收到数据（--wait），命令即关闭。
退出码：0 正常关闭，2 用法错误，3 连接被拒绝、被重置或 DNS 失败，4 超时，5 TLS 握手或证书验证失败，6 无法读取文件。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Send UDP datagrams to HOST PORT: each read from standard input (at most 65,507 bytes) is one datagram; datagrams that come back are written to standard output. Once the input ends, the command stops after 2 seconds without incoming datagrams (--wait).
Exit codes: 0 done, 2 usage, 3 network or DNS failure.</source>
        <translation>通过 UDP 向 HOST PORT 发送数据报：每次从标准输入读取的内容（最多 65,507 字节）作为一个数据报；返回的数据报写入标准输出。输入结束后，若 2 秒内没有收到数据报（--wait），命令即停止。
退出码：0 完成，2 用法错误，3 网络或 DNS 故障。</translation>
    </message>
    <message>
        <source>Send from (and receive on) local port &lt;port&gt;.</source>
        <translation>从本地端口 &lt;port&gt; 发送（并在该端口接收）。</translation>
    </message>
    <message>
        <source>Open a WebSocket to HOST PORT (or to a ws:// or wss:// URL given as HOST): each line of standard input is sent as a text message, and each message that arrives is written to standard output followed by a newline. Once the input ends, the command closes (code 1000) after 2 seconds without incoming messages (--wait).
Exit codes: 0 closed normally, 2 usage, 3 refused, reset, DNS or handshake failure, 4 timeout, 5 TLS failure, 6 a file could not be read.</source>
        <translation>打开到 HOST PORT 的 WebSocket（或打开以 HOST 形式给出的 ws:// 或 wss:// URL）：标准输入的每一行作为一条文本消息发送，收到的每条消息写入标准输出并附加换行符。输入结束后，若 2 秒内没有收到消息（--wait），命令即关闭（代码 1000）。
退出码：0 正常关闭，2 用法错误，3 连接被拒绝、被重置、DNS 或握手失败，4 超时，5 TLS 故障，6 无法读取文件。</translation>
    </message>
    <message>
        <source>Host name or address, or a URL.</source>
        <translation>主机名或地址，或 URL。</translation>
    </message>
    <message>
        <source>Port number (omit with a URL).</source>
        <translation>端口号（使用 URL 时省略）。</translation>
    </message>
    <message>
        <source>Request &lt;path&gt; (default /).</source>
        <translation>请求 &lt;path&gt;（默认为 /）。</translation>
    </message>
    <message>
        <source>Use wss:// (TLS).</source>
        <translation>使用 wss://（TLS）。</translation>
    </message>
    <message>
        <source>Send standard input as binary messages, one per read, instead of one text message per line.</source>
        <translation>将标准输入作为二进制消息发送，每次读取一条，而不是每行一条文本消息。</translation>
    </message>
    <message>
        <source>Send a ping once open and print the pong&apos;s round trip.</source>
        <translation>连接打开后发送 ping，并打印 pong 的往返时间。</translation>
    </message>
    <message>
        <source>Close with &lt;code&gt; instead of 1000.</source>
        <translation>以代码 &lt;code&gt; 代替 1000 关闭。</translation>
    </message>
    <message>
        <source>--close-code needs a code from 1000 to 4999.</source>
        <translation>--close-code 需要 1000 到 4999 之间的代码。</translation>
    </message>
    <message>
        <source>pong after %1 ms</source>
        <translation>%1 ms 后收到 pong</translation>
    </message>
    <message>
        <source>The server closed with code %1.</source>
        <translation>服务器以代码 %1 关闭了连接。</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>%1 requests are named &apos;%2&apos;: give the path, one of: %3.</source>
        <translation>有 %1 个请求名为“%2”：请提供路径，可选：%3。</translation>
    </message>
    <message>
        <source>The collection has no request &apos;%1&apos;. Its requests: %2.</source>
        <translation>集合中没有请求“%1”。其中的请求：%2。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The URL (http:// is assumed); none with --collection.</source>
        <translation>URL（默认使用 http://）；使用 --collection 时不提供。</translation>
    </message>
    <message>
        <source>Give no URL with --collection: the request has its own.</source>
        <translation>使用 --collection 时不要提供 URL：该请求自带 URL。</translation>
    </message>
    <message>
        <source>--env, --globals and --var go with --collection.</source>
        <translation>--env、--globals 和 --var 需与 --collection 一起使用。</translation>
    </message>
    <message>
        <source>{{%1}} has no value; it is sent as written.</source>
        <translation>{{%1}} 没有值；将按原样发送。</translation>
    </message>
    <message>
        <source>HTTP/2 streams in flight per connection (default 1).</source>
        <translation>每个连接同时进行的 HTTP/2 流数(默认 1)。</translation>
    </message>
    <message>
        <source>Give one URL, -n, -c and -m as positive numbers, for example: wirebench-cli load http://127.0.0.1:8080/ -n 1000 -c 10</source>
        <translation>请给出一个 URL,并以正数给出 -n、-c 和 -m,例如:wirebench-cli load http://127.0.0.1:8080/ -n 1000 -c 10</translation>
    </message>
    <message>
        <source>When the workspace already holds this collection or environment, replace it.</source>
        <translation>如果工作区中已有此集合或环境，则替换它。</translation>
    </message>
    <message>
        <source>When the workspace already holds this collection or environment, import a copy beside it.</source>
        <translation>如果工作区中已有此集合或环境，则在其旁边导入一个副本。</translation>
    </message>
    <message>
        <source>Give --replace or --as-copy, not both.</source>
        <translation>请指定 --replace 或 --as-copy，不能同时指定。</translation>
    </message>
    <message>
        <source>Usage: import FILE [--format auto|postman|environment|curl|har] [--replace | --as-copy].</source>
        <translation>用法：import FILE [--format auto|postman|environment|curl|har] [--replace | --as-copy]。</translation>
    </message>
    <message>
        <source>The workspace already holds the environment “%1” (%2). Run the import again with --replace to replace it (edits made to it since are lost) or with --as-copy to import a copy beside it.</source>
        <translation>工作区中已有环境“%1”（%2）。请加上 --replace 重新导入以替换它（此后对它所做的修改将丢失），或加上 --as-copy 在其旁边导入一个副本。</translation>
    </message>
    <message numerus="yes">
        <source>Replaced environment “%1” with %n variable(s) as %2.</source>
        <translation>
            <numerusform>已替换环境“%1”（%n 个变量），ID 为 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace already holds the collection “%1” (%2). Run the import again with --replace to replace it (edits made to it since are lost) or with --as-copy to import a copy beside it.</source>
        <translation>工作区中已有集合“%1”（%2）。请加上 --replace 重新导入以替换它（此后对它所做的修改将丢失），或加上 --as-copy 在其旁边导入一个副本。</translation>
    </message>
    <message numerus="yes">
        <source>Replaced collection “%1” with %n request(s) as %2.</source>
        <translation>
            <numerusform>已替换集合“%1”（%n 个请求），ID 为 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported collection “%1” with %n request(s) as a copy, %2.</source>
        <translation>
            <numerusform>已将集合“%1”（%n 个请求）作为副本导入，ID 为 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the exchange in the workspace&apos;s history (to open it in the window later); the setting history/recordCliSends makes this the default.</source>
        <translation>将此次交换保存到工作区的历史记录中（以便稍后在窗口中打开）；设置 history/recordCliSends 可使其成为默认行为。</translation>
    </message>
    <message>
        <source>Do not keep the exchange in the history.</source>
        <translation>不要将此次交换保存到历史记录中。</translation>
    </message>
    <message>
        <source>The exchange could not be kept in the history: %1</source>
        <translation>无法将此次交换保存到历史记录中：%1</translation>
    </message>
    <message>
        <source>Kept in the history as entry %1 (wirebench-cli history show %1).</source>
        <translation>已作为条目 %1 保存到历史记录中（wirebench-cli history show %1）。</translation>
    </message>
</context>
<context>
    <name>wb::cli::HistoryPrinter</name>
    <message>
        <source>Entry %1, %2
</source>
        <translation>条目 %1，%2
</translation>
    </message>
    <message>
        <source>Started %1, ended %2
</source>
        <translation>开始于 %1，结束于 %2
</translation>
    </message>
    <message>
        <source>Error: %1
</source>
        <translation>错误：%1
</translation>
    </message>
    <message>
        <source>Hop %1 of %2: %3 %4
</source>
        <translation>第 %1 跳（共 %2 跳）：%3 %4
</translation>
    </message>
    <message>
        <source>Remote %1:%2, local %3:%4%5
</source>
        <translation>远程 %1:%2，本地 %3:%4%5
</translation>
    </message>
    <message>
        <source>, reused connection</source>
        <translation>，复用的连接</translation>
    </message>
    <message numerus="yes">
        <source>[request body: %n byte(s)]
</source>
        <translation>
            <numerusform>[请求正文：%n 字节]
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[response body: %n byte(s)]
</source>
        <translation>
            <numerusform>[响应正文：%n 字节]
</numerusform>
        </translation>
    </message>
    <message>
        <source>Timings: dns %1, connect %2, tls %3, send %4, wait %5, download %6, total %7
</source>
        <translation>耗时：DNS %1，连接 %2，TLS %3，发送 %4，等待 %5，下载 %6，总计 %7
</translation>
    </message>
    <message>
        <source>TLS: %1 %2, ALPN %3, SNI %4
</source>
        <translation>TLS：%1 %2，ALPN %3，SNI %4
</translation>
    </message>
    <message>
        <source>  certificate %1 issued by %2
</source>
        <translation>  证书 %1，颁发者 %2
</translation>
    </message>
    <message>
        <source>  verification: %1
</source>
        <translation>  验证：%1
</translation>
    </message>
    <message>
        <source>Warning: %1
</source>
        <translation>警告：%1
</translation>
    </message>
</context>
<context>
    <name>wb::cli::Options</name>
    <message>
        <source>Show at most &lt;n&gt; entries (default 50).</source>
        <translation>最多显示 &lt;n&gt; 个条目（默认 50）。</translation>
    </message>
    <message>
        <source>Only entries older than entry &lt;id&gt; (the next page).</source>
        <translation>仅显示早于条目 &lt;id&gt; 的条目（即下一页）。</translation>
    </message>
    <message>
        <source>Only this request method.</source>
        <translation>仅限此请求方法。</translation>
    </message>
    <message>
        <source>Only this status class: 1xx, 2xx, 3xx, 4xx or 5xx.</source>
        <translation>仅限此状态类别：1xx、2xx、3xx、4xx 或 5xx。</translation>
    </message>
    <message>
        <source>Only requests to this host.</source>
        <translation>仅限发往此主机的请求。</translation>
    </message>
    <message>
        <source>Only entries from this time on (ISO 8601, UTC by default).</source>
        <translation>仅显示从此时间起的条目（ISO 8601，默认为 UTC）。</translation>
    </message>
    <message>
        <source>Only entries before this time (ISO 8601, UTC by default).</source>
        <translation>仅显示此时间之前的条目（ISO 8601，默认为 UTC）。</translation>
    </message>
    <message>
        <source>export: only entries matching these words.</source>
        <translation>export：仅导出与这些词匹配的条目。</translation>
    </message>
    <message>
        <source>export: write a HAR 1.2 file.</source>
        <translation>export：写入 HAR 1.2 文件。</translation>
    </message>
    <message>
        <source>show: print the response body too.</source>
        <translation>show：同时打印响应正文。</translation>
    </message>
</context>
<context>
    <name>wb::cli::SendArgs</name>
    <message>
        <source>Method to send (any token).</source>
        <translation>要发送的请求方法（任意 token）。</translation>
    </message>
    <message>
        <source>Header line &apos;Name: value&apos; (repeatable; sent in order and case as given).</source>
        <translation>请求头行 &apos;Name: value&apos;（可重复；按给定的顺序和大小写发送）。</translation>
    </message>
    <message>
        <source>Body data, or @file (newlines removed); repeated -d are joined with &apos;&amp;&apos;. Implies POST and x-www-form-urlencoded.</source>
        <translation>正文数据，或 @file（会移除换行符）；多个 -d 以 &apos;&amp;&apos; 连接。隐含 POST 和 x-www-form-urlencoded。</translation>
    </message>
    <message>
        <source>Body data sent as is, or @file streamed from disk.</source>
        <translation>原样发送的正文数据，或从磁盘流式读取的 @file。</translation>
    </message>
    <message>
        <source>JSON body (or @file); sets Content-Type and Accept.</source>
        <translation>JSON 正文（或 @file）；设置 Content-Type 和 Accept。</translation>
    </message>
    <message>
        <source>Multipart field name=value, or name=@file[;type=mime] (repeatable).</source>
        <translation>multipart 字段 name=value，或 name=@file[;type=mime]（可重复）。</translation>
    </message>
    <message>
        <source>Credentials user:password (Basic).</source>
        <translation>凭据 user:password（Basic）。</translation>
    </message>
    <message>
        <source>Use Digest authentication with -u.</source>
        <translation>与 -u 一起使用 Digest 认证。</translation>
    </message>
    <message>
        <source>Follow redirects.</source>
        <translation>跟随重定向。</translation>
    </message>
    <message>
        <source>Most redirects to follow (default 10).</source>
        <translation>最多跟随的重定向次数（默认 10）。</translation>
    </message>
    <message>
        <source>Do not verify the server&apos;s certificate (errors are still reported with -v).</source>
        <translation>不验证服务器证书（使用 -v 时仍会报告错误）。</translation>
    </message>
    <message>
        <source>Trust the CA certificates in this PEM file too.</source>
        <translation>同时信任此 PEM 文件中的 CA 证书。</translation>
    </message>
    <message>
        <source>Client certificate: PEM, or PKCS#12 (.p12/.pfx); &apos;file:password&apos; as curl.</source>
        <translation>客户端证书：PEM 或 PKCS#12（.p12/.pfx）；与 curl 一样使用 &apos;file:password&apos;。</translation>
    </message>
    <message>
        <source>Private key (PEM) of the client certificate.</source>
        <translation>客户端证书的私钥（PEM）。</translation>
    </message>
    <message>
        <source>Password of the key or PKCS#12 file.</source>
        <translation>密钥或 PKCS#12 文件的密码。</translation>
    </message>
    <message>
        <source>Proxy http://host:port or socks5://host:port (&apos;none&apos; for none; default: http_proxy, https_proxy, no_proxy).</source>
        <translation>代理 http://host:port 或 socks5://host:port（&apos;none&apos; 表示不使用代理；默认：http_proxy、https_proxy、no_proxy）。</translation>
    </message>
    <message>
        <source>Total time limit in seconds.</source>
        <translation>总时间限制（秒）。</translation>
    </message>
    <message>
        <source>Connect time limit in seconds.</source>
        <translation>连接时间限制（秒）。</translation>
    </message>
    <message>
        <source>Longest silence from the server, in seconds.</source>
        <translation>服务器最长静默时间（秒）。</translation>
    </message>
    <message>
        <source>Ask for a compressed response and decode it (the default).</source>
        <translation>请求压缩响应并对其解码（默认）。</translation>
    </message>
    <message>
        <source>Do not decode Content-Encoding.</source>
        <translation>不解码 Content-Encoding。</translation>
    </message>
    <message>
        <source>Treat tolerated protocol deviations as errors.</source>
        <translation>将可容忍的协议偏差视为错误。</translation>
    </message>
    <message>
        <source>The header &apos;%1&apos; has no name: write it as &apos;Name: value&apos;.</source>
        <translation>请求头“%1”没有名称：请写成 &apos;Name: value&apos; 的形式。</translation>
    </message>
    <message>
        <source>The data file &apos;%1&apos; could not be read: check the path.</source>
        <translation>无法读取数据文件“%1”：请检查路径。</translation>
    </message>
    <message>
        <source>The form field &apos;%1&apos; needs the form name=value or name=@file.</source>
        <translation>表单字段“%1”需要采用 name=value 或 name=@file 的形式。</translation>
    </message>
    <message>
        <source>The form file &apos;%1&apos; could not be read: check the path.</source>
        <translation>无法读取表单文件“%1”：请检查路径。</translation>
    </message>
    <message>
        <source>Use HTTP/1.1 only (ALPN offers http/1.1 alone).</source>
        <translation>仅使用 HTTP/1.1(ALPN 只提供 http/1.1)。</translation>
    </message>
    <message>
        <source>Use HTTP/2 only: over TLS the server must agree to h2 by ALPN; for http:// URLs HTTP/2 with prior knowledge (h2c).</source>
        <translation>仅使用 HTTP/2:经由 TLS 时服务器必须通过 ALPN 同意 h2;对 http:// URL 使用先验知识的 HTTP/2(h2c)。</translation>
    </message>
    <message>
        <source>Speak HTTP/2 at once on cleartext http:// (h2c), without an upgrade.</source>
        <translation>在明文 http:// 上直接使用 HTTP/2(h2c),不经升级。</translation>
    </message>
    <message>
        <source>Give only one of --http1.1, --http2 and --http2-prior-knowledge.</source>
        <translation>--http1.1、--http2 和 --http2-prior-knowledge 只能给出其中一个。</translation>
    </message>
</context>
<context>
    <name>wb::cli::SendCollection</name>
    <message>
        <source>Send a request of this Postman collection file; -X/--request then names the request (Folder/Request).</source>
        <translation>发送此 Postman 集合文件中的一个请求；此时 -X/--request 用于指定请求（文件夹/请求）。</translation>
    </message>
    <message>
        <source>Postman environment file for --collection.</source>
        <translation>用于 --collection 的 Postman 环境文件。</translation>
    </message>
    <message>
        <source>Postman globals file for --collection.</source>
        <translation>用于 --collection 的 Postman 全局变量文件。</translation>
    </message>
    <message>
        <source>Variable NAME=VALUE for --collection, stronger than the environment (repeatable).</source>
        <translation>用于 --collection 的变量 NAME=VALUE，优先级高于环境（可重复）。</translation>
    </message>
    <message>
        <source>Name the request to send with --request, for example --request &quot;Users/Create user&quot;.</source>
        <translation>用 --request 指定要发送的请求，例如 --request &quot;Users/Create user&quot;。</translation>
    </message>
    <message>
        <source>--var needs NAME=VALUE, not &apos;%1&apos;.</source>
        <translation>--var 需要 NAME=VALUE，而不是“%1”。</translation>
    </message>
</context>
<context>
    <name>wb::cli::StdioOptions</name>
    <message>
        <source>Write what arrives as a hex dump (offset, hex bytes, ASCII).</source>
        <translation>以十六进制转储形式写出收到的内容（偏移量、十六进制字节、ASCII）。</translation>
    </message>
    <message>
        <source>Send &lt;text&gt; (escapes \r \n \t \0 \xNN \\) instead of reading standard input.</source>
        <translation>发送 &lt;text&gt;（支持转义 \r \n \t \0 \xNN \\），而不是读取标准输入。</translation>
    </message>
    <message>
        <source>With --send: send it &lt;count&gt; times (0 = until interrupted).</source>
        <translation>与 --send 一起使用：发送 &lt;count&gt; 次（0 = 直到被中断）。</translation>
    </message>
    <message>
        <source>With --repeat: wait &lt;ms&gt; between sends (0 = as fast as possible).</source>
        <translation>与 --repeat 一起使用：每两次发送之间等待 &lt;ms&gt;（0 = 尽可能快）。</translation>
    </message>
    <message>
        <source>Once the input has ended, close after &lt;seconds&gt; without incoming data.</source>
        <translation>输入结束后，若 &lt;seconds&gt; 内没有收到数据则关闭。</translation>
    </message>
    <message>
        <source>Give up connecting after &lt;seconds&gt; (default 15).</source>
        <translation>&lt;seconds&gt; 后放弃连接（默认 15）。</translation>
    </message>
    <message>
        <source>Send each input line ending as CRLF.</source>
        <translation>将每个输入行的行尾以 CRLF 发送。</translation>
    </message>
    <message>
        <source>Print connection events on standard error.</source>
        <translation>在标准错误上打印连接事件。</translation>
    </message>
</context>
<context>
    <name>wb::cli::TlsClientOptions</name>
    <message>
        <source>Also trust the CA certificates in &lt;file&gt; (PEM).</source>
        <translation>同时信任 &lt;file&gt; 中的 CA 证书（PEM）。</translation>
    </message>
    <message>
        <source>Connect even if the server&apos;s certificate cannot be verified (the reasons are still printed).</source>
        <translation>即使无法验证服务器证书也进行连接（仍会打印原因）。</translation>
    </message>
    <message>
        <source>Present the client certificate in &lt;file&gt; (PEM, or PKCS#12 with --key left out and WIREBENCH_P12_PASSWORD set).</source>
        <translation>出示 &lt;file&gt; 中的客户端证书（PEM，或 PKCS#12——此时省略 --key 并设置 WIREBENCH_P12_PASSWORD）。</translation>
    </message>
    <message>
        <source>The private key of --cert (PEM).</source>
        <translation>--cert 的私钥（PEM）。</translation>
    </message>
    <message>
        <source>Send &lt;name&gt; by SNI and verify the certificate against it.</source>
        <translation>通过 SNI 发送 &lt;name&gt;，并据此验证证书。</translation>
    </message>
</context>
<context>
    <name>wb::http</name>
    <message>
        <source>The file &apos;%1&apos; could not be written: check the folder exists and is writable.</source>
        <translation>无法写入文件“%1”：请检查文件夹是否存在且可写。</translation>
    </message>
    <message>
        <source>A large body could not be saved to a temporary file: free some disk space.</source>
        <translation>无法将大型正文保存到临时文件：请释放一些磁盘空间。</translation>
    </message>
    <message>
        <source>Writing the body to &apos;%1&apos; failed: free some disk space or choose another file.</source>
        <translation>将正文写入“%1”失败：请释放一些磁盘空间或选择其他文件。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>The proxy &apos;%1&apos; is not understood: give http://host:port or socks5://host:port.</source>
        <translation>无法识别代理“%1”：请提供 http://host:port 或 socks5://host:port。</translation>
    </message>
    <message>
        <source>The request has no method: type one such as GET or POST.</source>
        <translation>请求没有方法：请输入一个方法，例如 GET 或 POST。</translation>
    </message>
    <message>
        <source>The method &quot;%1&quot; is not a valid HTTP token: use letters, digits and !#$%&amp;&apos;*+-.^_`|~ only.</source>
        <translation>方法“%1”不是有效的 HTTP token：只能使用字母、数字和 !#$%&amp;&apos;*+-.^_`|~。</translation>
    </message>
    <message>
        <source>The header name &quot;%1&quot; is not a valid HTTP token: remove spaces, colons and other separators.</source>
        <translation>请求头名称“%1”不是有效的 HTTP token：请删除空格、冒号和其他分隔符。</translation>
    </message>
    <message>
        <source>The value of header &quot;%1&quot; contains a line break, which would end the header early: remove it.</source>
        <translation>请求头“%1”的值包含换行符，这会使请求头提前结束：请将其删除。</translation>
    </message>
    <message>
        <source>The body file &quot;%1&quot; cannot be read: check that it exists and that you may read it.</source>
        <translation>无法读取正文文件“%1”：请检查它是否存在以及您是否有读取权限。</translation>
    </message>
    <message>
        <source>The IPv6 address in the URL lacks its closing &apos;]&apos;.</source>
        <translation>URL 中的 IPv6 地址缺少右方括号 &apos;]&apos;。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv6 address.</source>
        <translation>“%1”不是有效的 IPv6 地址。</translation>
    </message>
    <message>
        <source>The URL has no host name.</source>
        <translation>URL 中没有主机名。</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; contains the character &apos;%2&apos;, which host names cannot hold.</source>
        <translation>主机名“%1”包含字符“%2”，主机名中不能包含该字符。</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; is not a valid domain name.</source>
        <translation>主机名“%1”不是有效的域名。</translation>
    </message>
    <message>
        <source>The response uses the content coding &quot;%1&quot;, which cannot be decoded (gzip, deflate, br and zstd can); the body is kept as received.</source>
        <translation>响应使用了无法解码的内容编码“%1”（可解码 gzip、deflate、br 和 zstd）；正文按接收时的原样保留。</translation>
    </message>
    <message>
        <source>Decoding the %1 body stopped at %2 bytes, the limit against decompression bombs. Raise the limit in the request options or turn content decoding off to see the raw body.</source>
        <translation>解码 %1 正文时在 %2 字节处停止，这是防范解压炸弹的上限。请在请求选项中提高此上限，或关闭内容解码以查看原始正文。</translation>
    </message>
    <message>
        <source>The %1 body is corrupt and cannot be decoded; turn content decoding off to see the raw bytes.</source>
        <translation>%1 正文已损坏，无法解码；关闭内容解码可查看原始字节。</translation>
    </message>
    <message>
        <source>The %1 body ends before its compressed stream does: the response was cut short.</source>
        <translation>%1 正文在其压缩流结束之前就结束了：响应被截断。</translation>
    </message>
    <message>
        <source>The server asks for Digest authentication with %1, which is not supported (MD5 and SHA-256 with qop=auth are).</source>
        <translation>服务器要求使用 %1 进行 Digest 认证，但不支持该算法（支持 qop=auth 的 MD5 和 SHA-256）。</translation>
    </message>
    <message>
        <source>The server did not offer Digest authentication (it offered: %1); choose another kind of authentication.</source>
        <translation>服务器未提供 Digest 认证（它提供的是：%1）；请选择其他认证方式。</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The Digest algorithm &quot;%1&quot; is not supported (MD5 and SHA-256 are).</source>
        <translation>不支持 Digest 算法“%1”（支持 MD5 和 SHA-256）。</translation>
    </message>
    <message>
        <source>No Digest challenge has been received yet for this request.</source>
        <translation>尚未收到此请求的 Digest 质询。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; of form field &quot;%2&quot; cannot be read: check that it exists and that you may read it.</source>
        <translation>无法读取表单字段“%2”的文件“%1”：请检查它是否存在以及您是否有读取权限。</translation>
    </message>
    <message>
        <source>No usable multipart boundary was found for this form: its text parts contain the boundary.</source>
        <translation>找不到可用于此表单的 multipart 边界：其文本部分包含该边界。</translation>
    </message>
    <message>
        <source>The server answered %1 without a Location header, so there is no redirect to follow.</source>
        <translation>服务器返回了 %1，但没有 Location 响应头，因此没有可跟随的重定向。</translation>
    </message>
    <message>
        <source>Stopped after %1 redirects, the limit for this request; the next one pointed to %2. Raise the limit or check for a redirect loop.</source>
        <translation>已在 %1 次重定向后停止，这是此请求的上限；下一次重定向指向 %2。请提高上限或检查是否存在重定向循环。</translation>
    </message>
    <message>
        <source>The response does not start with an HTTP status line: byte %1 is 0x%2 where &quot;HTTP/&quot; was expected. Is this an HTTP server (and not, for example, an https or SSH port)?</source>
        <translation>响应不是以 HTTP 状态行开头：第 %1 字节为 0x%2，而此处应为 &quot;HTTP/&quot;。这是 HTTP 服务器吗（而不是例如 https 或 SSH 端口）？</translation>
    </message>
    <message>
        <source>A chunk size line is longer than %1 bytes; stopped at byte %2 of the response.</source>
        <translation>某个分块大小行超过 %1 字节；已在响应的第 %2 字节处停止。</translation>
    </message>
    <message>
        <source>The server sent a header section larger than %1 bytes (the limit); stopped at byte %2 of the response.</source>
        <translation>服务器发送的响应头部分大于 %1 字节（上限）；已在响应的第 %2 字节处停止。</translation>
    </message>
    <message>
        <source>A chunk ends with a bare LF instead of CRLF at byte %1.</source>
        <translation>第 %1 字节处的分块以单独的 LF 而不是 CRLF 结尾。</translation>
    </message>
    <message>
        <source>Chunk data is longer than its size line says: CRLF expected at byte %1, 0x%2 found. The chunked encoding is broken.</source>
        <translation>分块数据比其大小行声明的更长：第 %1 字节处应为 CRLF，实际为 0x%2。分块编码已损坏。</translation>
    </message>
    <message>
        <source>A line ends with a bare LF instead of CRLF at byte %1.</source>
        <translation>第 %1 字节处的行以单独的 LF 而不是 CRLF 结尾。</translation>
    </message>
    <message>
        <source>A line holds a bare CR at byte %1.</source>
        <translation>第 %1 字节处的行包含单独的 CR。</translation>
    </message>
    <message>
        <source>An empty line precedes the status line at byte %1.</source>
        <translation>第 %1 字节处的状态行之前有一个空行。</translation>
    </message>
    <message>
        <source>(Strict mode treats this as an error.)</source>
        <translation>（严格模式会将此视为错误。）</translation>
    </message>
    <message>
        <source>The connection closed before any response byte arrived.</source>
        <translation>在收到任何响应字节之前连接已关闭。</translation>
    </message>
    <message>
        <source>The connection closed in the middle of the response head, after %1 bytes.</source>
        <translation>连接在响应头部中途关闭，此时已收到 %1 字节。</translation>
    </message>
    <message>
        <source>The connection closed after %1 of %2 body bytes.</source>
        <translation>连接在收到 %2 个正文字节中的 %1 个后关闭。</translation>
    </message>
    <message>
        <source>The connection closed before the empty line that ends a chunked body, at byte %1.</source>
        <translation>连接在结束分块正文的空行之前关闭，位于第 %1 字节处。</translation>
    </message>
    <message>
        <source>The connection closed in the middle of a chunked body after %1 body bytes: the last chunk never came.</source>
        <translation>连接在分块正文中途关闭，此时已收到 %1 个正文字节：最后一个分块始终未到达。</translation>
    </message>
    <message>
        <source>The status line &quot;%1&quot; at byte %2 does not start with an HTTP version such as HTTP/1.1.</source>
        <translation>第 %2 字节处的状态行“%1”不是以 HTTP 版本（例如 HTTP/1.1）开头。</translation>
    </message>
    <message>
        <source>The server answered with %1 at byte %2; only HTTP/1.x is spoken here.</source>
        <translation>服务器在第 %2 字节处以 %1 应答；此处仅支持 HTTP/1.x。</translation>
    </message>
    <message>
        <source>The status line &quot;%1&quot; has extra spaces.</source>
        <translation>状态行“%1”包含多余的空格。</translation>
    </message>
    <message>
        <source>The status line &quot;%1&quot; at byte %2 has no valid three-digit status code.</source>
        <translation>第 %2 字节处的状态行“%1”没有有效的三位数状态码。</translation>
    </message>
    <message>
        <source>The status code %1 at byte %2 is not a valid HTTP status (100 to 999).</source>
        <translation>第 %2 字节处的状态码 %1 不是有效的 HTTP 状态码（100 到 999）。</translation>
    </message>
    <message>
        <source>The status line &quot;%1&quot; lacks the space before the reason phrase.</source>
        <translation>状态行“%1”在原因短语之前缺少空格。</translation>
    </message>
    <message>
        <source>The header line at byte %1 starts with whitespace, but no header precedes it.</source>
        <translation>第 %1 字节处的响应头行以空白字符开头，但前面没有响应头。</translation>
    </message>
    <message>
        <source>A header value continues on a folded line (obs-fold) at byte %1.</source>
        <translation>第 %1 字节处的响应头值在折叠行（obs-fold）上继续。</translation>
    </message>
    <message>
        <source>The header line &quot;%1&quot; at byte %2 has no colon and was ignored.</source>
        <translation>第 %2 字节处的响应头行“%1”没有冒号，已忽略。</translation>
    </message>
    <message>
        <source>The header name &quot;%1&quot; at byte %2 is followed by whitespace before its colon.</source>
        <translation>第 %2 字节处的响应头名称“%1”与其冒号之间有空白字符。</translation>
    </message>
    <message>
        <source>The header name &quot;%1&quot; at byte %2 is not a valid token.</source>
        <translation>第 %2 字节处的响应头名称“%1”不是有效的 token。</translation>
    </message>
    <message>
        <source>The value of header &quot;%1&quot; holds a control character at byte %2.</source>
        <translation>响应头“%1”的值在第 %2 字节处包含控制字符。</translation>
    </message>
    <message>
        <source>The server sent more than %1 header fields; stopped at byte %2.</source>
        <translation>服务器发送了超过 %1 个响应头字段；已在第 %2 字节处停止。</translation>
    </message>
    <message>
        <source>The server sent more than %1 interim (1xx) responses.</source>
        <translation>服务器发送了超过 %1 个临时（1xx）响应。</translation>
    </message>
    <message>
        <source>The response has both Transfer-Encoding and Content-Length (byte %1); Transfer-Encoding was used and the connection is not reused.</source>
        <translation>响应同时包含 Transfer-Encoding 和 Content-Length（第 %1 字节）；已使用 Transfer-Encoding，且该连接不会被复用。</translation>
    </message>
    <message>
        <source>The Transfer-Encoding header at byte %1 applies chunked more than once.</source>
        <translation>第 %1 字节处的 Transfer-Encoding 响应头多次应用了 chunked。</translation>
    </message>
    <message>
        <source>The transfer coding &quot;%1&quot; (byte %2) is not decoded.</source>
        <translation>传输编码“%1”（第 %2 字节）不会被解码。</translation>
    </message>
    <message>
        <source>The Transfer-Encoding header at byte %1 does not end with chunked; the body is read until the connection closes.</source>
        <translation>第 %1 字节处的 Transfer-Encoding 响应头不是以 chunked 结尾；将读取正文直到连接关闭。</translation>
    </message>
    <message>
        <source>The Content-Length value &quot;%1&quot; at byte %2 is not a number.</source>
        <translation>第 %2 字节处的 Content-Length 值“%1”不是数字。</translation>
    </message>
    <message>
        <source>The response has conflicting Content-Length values %1 and %2 (byte %3); its length cannot be known.</source>
        <translation>响应包含相互冲突的 Content-Length 值 %1 和 %2（第 %3 字节）；无法确定其长度。</translation>
    </message>
    <message>
        <source>Content-Length is given %1 times with the same value (byte %2).</source>
        <translation>Content-Length 以相同的值出现了 %1 次（第 %2 字节）。</translation>
    </message>
    <message>
        <source>The chunk size line &quot;%1&quot; at byte %2 is not a hexadecimal number.</source>
        <translation>第 %2 字节处的分块大小行“%1”不是十六进制数。</translation>
    </message>
    <message>
        <source>The chunk size &quot;%1&quot; at byte %2 is too large.</source>
        <translation>第 %2 字节处的分块大小“%1”过大。</translation>
    </message>
    <message>
        <source>The chunk size line at byte %1 ends with whitespace.</source>
        <translation>第 %1 字节处的分块大小行以空白字符结尾。</translation>
    </message>
    <message>
        <source>The zone of the IPv6 address &quot;%1&quot; may hold only letters, digits and -._~.</source>
        <translation>IPv6 地址“%1”的区域标识只能包含字母、数字和 -._~。</translation>
    </message>
    <message>
        <source>The URL is empty: type an address such as https://example.com/.</source>
        <translation>URL 为空：请输入地址，例如 https://example.com/。</translation>
    </message>
    <message>
        <source>The scheme &quot;%1&quot; is not supported: use http:// or https://.</source>
        <translation>不支持方案“%1”：请使用 http:// 或 https://。</translation>
    </message>
    <message>
        <source>The host &quot;%1&quot; looks like an IPv6 address: write it in brackets, as in http://[::1]:8080/.</source>
        <translation>主机“%1”看起来像 IPv6 地址：请将其写在方括号中，例如 http://[::1]:8080/。</translation>
    </message>
    <message>
        <source>The URL has no host name: type one after &quot;%1://&quot;.</source>
        <translation>URL 中没有主机名：请在“%1://”之后输入主机名。</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a number from 1 to 65535.</source>
        <translation>端口“%1”不是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>The server answered with a redirect whose Location header is empty.</source>
        <translation>服务器返回了重定向，但其 Location 响应头为空。</translation>
    </message>
    <message>
        <source>The server redirected to &quot;%1&quot;, which cannot be followed: %2</source>
        <translation>服务器重定向到“%1”，但无法跟随：%2</translation>
    </message>
    <message>
        <source>HTTP/2 with prior knowledge cannot go through the HTTP proxy %1: a forward proxy speaks HTTP/1.1 for http:// URLs. Choose Auto or HTTP/1.1, or a SOCKS5 proxy.</source>
        <translation>先验知识的 HTTP/2 无法经过 HTTP 代理 %1:正向代理对 http:// URL 使用 HTTP/1.1。请选择自动或 HTTP/1.1,或使用 SOCKS5 代理。</translation>
    </message>
    <message>
        <source>It was sent %1 times and not processed each time; send it again later.</source>
        <translation>该请求已发送 %1 次,每次都未被处理;请稍后再发送。</translation>
    </message>
    <message>
        <source>It was not sent again, since %1 is not idempotent: send it again if it should be.</source>
        <translation>由于 %1 不是幂等方法,未再次发送:如有需要请重新发送。</translation>
    </message>
</context>
<context>
    <name>wb::http::Connection</name>
    <message>
        <source>The host name &apos;%1&apos; could not be resolved: check its spelling and your network or DNS settings.</source>
        <translation>无法解析主机名“%1”：请检查拼写以及网络或 DNS 设置。</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified: %2. Give its CA certificate, or turn verification off if you trust this server.</source>
        <translation>无法验证 %1 的证书：%2。请提供其 CA 证书；如果您信任此服务器，也可以关闭验证。</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2.</source>
        <translation>与 %1 的 TLS 握手失败：%2。</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2 took longer than %3 ms: check that the server is up, or raise the connect timeout.</source>
        <translation>连接到 %1 端口 %2 的时间超过了 %3 ms：请检查服务器是否已启动，或提高连接超时。</translation>
    </message>
    <message>
        <source>%1 refused the connection: check that a server listens there.</source>
        <translation>%1 拒绝了连接：请检查该处是否有服务器在监听。</translation>
    </message>
    <message>
        <source>%1 cannot be reached: check the address and your network.</source>
        <translation>无法访问 %1：请检查地址和网络。</translation>
    </message>
    <message>
        <source>The server at %1 closed the connection unexpectedly.</source>
        <translation>%1 上的服务器意外关闭了连接。</translation>
    </message>
    <message>
        <source>The connection to %1 timed out.</source>
        <translation>与 %1 的连接超时。</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: %2.</source>
        <translation>与 %1 的 TLS 连接失败：%2。</translation>
    </message>
    <message>
        <source>The proxy could not connect to %1: %2. Check the proxy settings.</source>
        <translation>代理无法连接到 %1：%2。请检查代理设置。</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2.</source>
        <translation>与 %1 的连接失败：%2。</translation>
    </message>
    <message>
        <source>Names under .invalid never resolve: RFC 6761</source>
        <translation>.invalid 下的名称永远无法解析：RFC 6761</translation>
    </message>
</context>
<context>
    <name>wb::http::ExchangeRunner</name>
    <message>
        <source>The body file &apos;%1&apos; could not be read: check the path and permissions.</source>
        <translation>无法读取正文文件“%1”：请检查路径和权限。</translation>
    </message>
    <message>
        <source>The body file &apos;%1&apos; ended after %2 of %3 bytes: was it changed while sending?</source>
        <translation>正文文件“%1”在 %3 字节中仅读取了 %2 字节就结束了：发送期间它是否被修改过？</translation>
    </message>
    <message>
        <source>The server at %1 port %2 closed the connection without answering.</source>
        <translation>%1 端口 %2 上的服务器未作应答就关闭了连接。</translation>
    </message>
    <message>
        <source>The server sent nothing for %1 ms after the request: it may be stuck; raise the idle timeout to wait longer.</source>
        <translation>发送请求后，服务器在 %1 ms 内没有发送任何数据：它可能卡住了；请提高空闲超时以等待更长时间。</translation>
    </message>
    <message>
        <source>The server sent nothing for %1 ms in the middle of the response (after %2 bytes): raise the idle timeout to wait longer.</source>
        <translation>服务器在响应中途（已收到 %2 字节）%1 ms 内没有发送任何数据：请提高空闲超时以等待更长时间。</translation>
    </message>
    <message>
        <source>The exchange took longer than its total time limit of %1 ms (%2 response bytes received): raise the limit to wait longer.</source>
        <translation>此次交换超过了 %1 ms 的总时间限制（已收到 %2 字节响应）：请提高该限制以等待更长时间。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>no protocol</source>
        <translation>无协议</translation>
    </message>
    <message>
        <source>The server at %1 port %2 does not speak HTTP/2: TLS negotiated %3 by ALPN instead of h2. Choose Auto or HTTP/1.1 for this request.</source>
        <translation>%1 端口 %2 上的服务器不支持 HTTP/2:TLS 通过 ALPN 协商了 %3 而不是 h2。请为此请求选择自动或 HTTP/1.1。</translation>
    </message>
</context>
<context>
    <name>wb::http::Http2Session</name>
    <message>
        <source>The HTTP/2 connection was idle for a while and did not answer a PING within %1 ms: it is gone, and the request was not processed.</source>
        <translation>HTTP/2 连接空闲了一段时间,且未在 %1 毫秒内响应 PING:连接已失效,请求未被处理。</translation>
    </message>
    <message>
        <source>The request could not be sent on the HTTP/2 connection: %1.</source>
        <translation>无法在 HTTP/2 连接上发送请求:%1。</translation>
    </message>
    <message>
        <source>The server sent a header block in more than %1 CONTINUATION frames: Wirebench ended the connection (a flood of CONTINUATION frames exhausts memory; RFC 9113 §6.10).</source>
        <translation>服务器用超过 %1 个 CONTINUATION 帧发送一个头部块:Wirebench 已结束连接(大量 CONTINUATION 帧会耗尽内存;RFC 9113 §6.10)。</translation>
    </message>
    <message>
        <source>the connection was shut down</source>
        <translation>连接已关闭</translation>
    </message>
    <message>
        <source>The server ended the HTTP/2 connection with GOAWAY %1 (last stream %2)%3 (RFC 9113 §6.8).</source>
        <translation>服务器以 GOAWAY %1 结束了 HTTP/2 连接(最后的流 %2)%3(RFC 9113 §6.8)。</translation>
    </message>
    <message>
        <source>The server broke the HTTP/2 protocol (%1): Wirebench ended the connection with GOAWAY %2 (%3). The frames received are in the Frames view.</source>
        <translation>服务器违反了 HTTP/2 协议(%1):Wirebench 以 GOAWAY %2 结束了连接(%3)。收到的帧在“帧”视图中。</translation>
    </message>
    <message>
        <source>The server closed the HTTP/2 connection after GOAWAY NO_ERROR (last stream %1) before this stream ended.</source>
        <translation>服务器在 GOAWAY NO_ERROR(最后的流 %1)之后、此流结束之前关闭了 HTTP/2 连接。</translation>
    </message>
    <message>
        <source>The HTTP/2 session failed: %1%2.</source>
        <translation>HTTP/2 会话失败:%1%2。</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>服务器关闭了连接</translation>
    </message>
    <message>
        <source>The server at %1 port %2 closed the HTTP/2 connection without GOAWAY while streams were open.</source>
        <translation>%1 端口 %2 上的服务器在仍有流打开时未发送 GOAWAY 就关闭了 HTTP/2 连接。</translation>
    </message>
    <message>
        <source>The request could not be sent on the HTTP/2 connection (%1): it was not processed by the server.</source>
        <translation>无法在 HTTP/2 连接上发送请求(%1):服务器未处理该请求。</translation>
    </message>
    <message>
        <source>The server sent GOAWAY %1 with last stream %2: stream %3 was not processed (RFC 9113 §6.8).</source>
        <translation>服务器发送了 GOAWAY %1,最后的流为 %2:流 %3 未被处理(RFC 9113 §6.8)。</translation>
    </message>
</context>
<context>
    <name>wb::http::Http2Stream</name>
    <message>
        <source>The server sent nothing on HTTP/2 stream %1 for %2 ms after the request: it may be stuck; raise the idle timeout to wait longer.</source>
        <translation>请求发出后,服务器在 HTTP/2 流 %1 上 %2 毫秒内没有发送任何内容:它可能卡住了;请提高空闲超时以等待更久。</translation>
    </message>
    <message>
        <source>The server sent nothing on HTTP/2 stream %1 for %2 ms in the middle of the response (after %3 bytes): raise the idle timeout to wait longer.</source>
        <translation>服务器在 HTTP/2 流 %1 的响应中途(%3 字节之后)%2 毫秒内没有发送任何内容:请提高空闲超时以等待更久。</translation>
    </message>
    <message>
        <source>The exchange took longer than its total time limit of %1 ms (%2 response bytes received on HTTP/2 stream %3): raise the limit to wait longer.</source>
        <translation>此次交换超过了 %1 毫秒的总时限(在 HTTP/2 流 %3 上收到 %2 个响应字节):请提高时限以等待更久。</translation>
    </message>
    <message>
        <source>The body file &apos;%1&apos; could not be read: check the path and permissions.</source>
        <translation>无法读取正文文件“%1”:请检查路径和权限。</translation>
    </message>
    <message>
        <source>The body file &apos;%1&apos; ended after %2 of %3 bytes: was it changed while sending?</source>
        <translation>正文文件“%1”在 %3 字节中的 %2 字节处就结束了:它是否在发送期间被修改?</translation>
    </message>
    <message>
        <source>The server sent more than %1 KiB of header fields on HTTP/2 stream %2 (after HPACK decoding): Wirebench reset the stream. A header block this large is a decompression bomb or a broken server.</source>
        <translation>服务器在 HTTP/2 流 %2 上发送了超过 %1 KiB 的头部字段(HPACK 解码后):Wirebench 已重置该流。如此大的头部块是解压炸弹或出故障的服务器。</translation>
    </message>
    <message>
        <source>The server refused HTTP/2 stream %1 with RST_STREAM %2: the request was not processed (RFC 9113 §8.7).</source>
        <translation>服务器以 RST_STREAM %2 拒绝了 HTTP/2 流 %1:请求未被处理(RFC 9113 §8.7)。</translation>
    </message>
    <message>
        <source>The server reset HTTP/2 stream %1 with RST_STREAM %2 after %3 response bytes (RFC 9113 §6.4). The frames that led to it are in the Frames view.</source>
        <translation>服务器在 %3 个响应字节之后以 RST_STREAM %2 重置了 HTTP/2 流 %1(RFC 9113 §6.4)。导致此结果的帧在“帧”视图中。</translation>
    </message>
    <message>
        <source>The server broke HTTP/2 on stream %1: Wirebench reset it with RST_STREAM %2 (RFC 9113 §8.1.1: a malformed message). The frames that led to it are in the Frames view.</source>
        <translation>服务器在流 %1 上违反了 HTTP/2:Wirebench 以 RST_STREAM %2 重置了它(RFC 9113 §8.1.1:格式错误的消息)。导致此结果的帧在“帧”视图中。</translation>
    </message>
    <message>
        <source>HTTP/2 stream %1 closed (%2) before a response head arrived.</source>
        <translation>HTTP/2 流 %1 在响应头到达之前已关闭(%2)。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>%1 frames after the first %2 are not kept in the frame log.</source>
        <translation>前 %2 个帧之后的 %1 个帧未保留在帧日志中。</translation>
    </message>
</context>
<context>
    <name>wb::interchange</name>
    <message>
        <source>The %1 cannot be imported: %2 (at %3). Nothing was changed; correct the file and import it again.</source>
        <translation>无法导入 %1：%2（位于 %3）。未做任何更改；请更正文件后重新导入。</translation>
    </message>
    <message>
        <source>the JSON is not valid (%1)</source>
        <translation>JSON 无效（%1）</translation>
    </message>
    <message>
        <source>the document must be a JSON object</source>
        <translation>文档必须是 JSON 对象</translation>
    </message>
    <message>
        <source>Postman collection</source>
        <translation>Postman 集合</translation>
    </message>
    <message>
        <source>an item must be an object</source>
        <translation>项必须是对象</translation>
    </message>
    <message>
        <source>the name must be a string</source>
        <translation>名称必须是字符串</translation>
    </message>
    <message>
        <source>folders are nested too deeply</source>
        <translation>文件夹嵌套过深</translation>
    </message>
    <message>
        <source>&quot;item&quot; must be a list</source>
        <translation>&quot;item&quot; 必须是列表</translation>
    </message>
    <message>
        <source>this is a Postman environment, not a collection; import it as an environment</source>
        <translation>这是 Postman 环境，而不是集合；请将其作为环境导入</translation>
    </message>
    <message>
        <source>this is a HAR archive, not a Postman collection; import it as HAR</source>
        <translation>这是 HAR 存档，而不是 Postman 集合；请将其作为 HAR 导入</translation>
    </message>
    <message>
        <source>this is a Postman v1 collection; export it from Postman as v2.1 and import that file</source>
        <translation>这是 Postman v1 集合；请在 Postman 中将其导出为 v2.1，然后导入该文件</translation>
    </message>
    <message>
        <source>it has no &quot;info&quot; object, so it is not a Postman v2.0 or v2.1 collection</source>
        <translation>它没有 &quot;info&quot; 对象，因此不是 Postman v2.0 或 v2.1 集合</translation>
    </message>
    <message>
        <source>HAR archive</source>
        <translation>HAR 存档</translation>
    </message>
    <message>
        <source>“%1” uses %2 auth, which Wirebench keeps for export but does not apply: requests that use it are sent without auth.</source>
        <translation>“%1”使用 %2 认证，Wirebench 会保留它以便导出，但不会应用：使用它的请求将不带认证发送。</translation>
    </message>
    <message>
        <source>Postman environment</source>
        <translation>Postman 环境</translation>
    </message>
    <message>
        <source>command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>a single quote is not closed</source>
        <translation>单引号未闭合</translation>
    </message>
    <message>
        <source>a $&apos;...&apos; quote is not closed</source>
        <translation>$&apos;...&apos; 引号未闭合</translation>
    </message>
    <message>
        <source>a double quote is not closed</source>
        <translation>双引号未闭合</translation>
    </message>
    <message>
        <source>--data-urlencode %1: the file %2 could not be read, so its path was sent as the value.</source>
        <translation>--data-urlencode %1：无法读取文件 %2，因此将其路径作为值发送。</translation>
    </message>
    <message>
        <source>-F %1=&lt;%2: the file could not be read, so it is sent as a file part when it is there.</source>
        <translation>-F %1=&lt;%2：无法读取该文件，因此在文件存在时将其作为文件部分发送。</translation>
    </message>
</context>
<context>
    <name>wb::interchange::CurlImporter</name>
    <message>
        <source>curl command</source>
        <translation>curl 命令</translation>
    </message>
    <message>
        <source>word 1</source>
        <translation>第 1 个词</translation>
    </message>
    <message>
        <source>the command must start with curl</source>
        <translation>命令必须以 curl 开头</translation>
    </message>
    <message>
        <source>word %1</source>
        <translation>第 %1 个词</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 需要一个值</translation>
    </message>
    <message>
        <source>-%1 needs a value</source>
        <translation>-%1 需要一个值</translation>
    </message>
    <message>
        <source>-H &quot;%1&quot; is not a header line and was ignored.</source>
        <translation>-H &quot;%1&quot; 不是请求头行，已忽略。</translation>
    </message>
    <message>
        <source>-b %1 reads cookies from a file; it was ignored.</source>
        <translation>-b %1 从文件读取 Cookie；已忽略。</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>末尾</translation>
    </message>
    <message>
        <source>the command has no URL</source>
        <translation>命令中没有 URL</translation>
    </message>
    <message>
        <source>The command has %1 URLs; only the first one was imported.</source>
        <translation>该命令包含 %1 个 URL；仅导入了第一个。</translation>
    </message>
    <message>
        <source>-H &quot;%1:&quot; removes a header curl adds by itself; Wirebench does not add it either.</source>
        <translation>-H &quot;%1:&quot; 会删除 curl 自动添加的请求头；Wirebench 也不会添加它。</translation>
    </message>
    <message>
        <source>The file %1 could not be read: curl sends it without its line breaks, and Wirebench will send it as it is.</source>
        <translation>无法读取文件 %1：curl 发送时会去掉其中的换行符，而 Wirebench 将按原样发送。</translation>
    </message>
    <message>
        <source>-u %1 gives no password: curl asks for it when it runs (and sends an empty one without a terminal). It was imported empty; set it in the request&apos;s authorization.</source>
        <translation>-u %1 未提供密码：curl 运行时会询问密码（没有终端时发送空密码）。导入时密码为空；请在请求的授权设置中填写。</translation>
    </message>
    <message>
        <source>Not imported (unknown, or nothing Wirebench sends): %1.</source>
        <translation>未导入（未知选项，或 Wirebench 不会发送的内容）：%1。</translation>
    </message>
    <message>
        <source>The file %1 could not be read and was left out of the data: Wirebench sends one body, from text or from a file.</source>
        <translation>无法读取文件 %1，已从数据中省略：Wirebench 只发送一个请求体，来自文本或文件。</translation>
    </message>
    <message>
        <source>-H &quot;%1:&quot; makes curl send no %1 header; Wirebench still sends its own.</source>
        <translation>-H &quot;%1:&quot; 使 curl 不发送 %1 标头；Wirebench 仍会发送自己的该标头。</translation>
    </message>
</context>
<context>
    <name>wb::interchange::HarReader</name>
    <message>
        <source>a HAR archive has a &quot;log&quot; object</source>
        <translation>HAR 存档应包含 &quot;log&quot; 对象</translation>
    </message>
    <message>
        <source>&quot;entries&quot; must be a list</source>
        <translation>&quot;entries&quot; 必须是列表</translation>
    </message>
    <message>
        <source>the archive has more than %1 entries</source>
        <translation>存档包含超过 %1 个条目</translation>
    </message>
    <message>
        <source>an entry needs a request object</source>
        <translation>每个条目都需要一个 request 对象</translation>
    </message>
    <message>
        <source>a request needs a method and a URL</source>
        <translation>请求需要方法和 URL</translation>
    </message>
    <message>
        <source>headers must be a list of {name, value}</source>
        <translation>headers 必须是 {name, value} 的列表</translation>
    </message>
</context>
<context>
    <name>wb::interchange::PostmanCollectionReader</name>
    <message>
        <source>the schema is not Postman collection v2.0 or v2.1 (found &quot;%1&quot;)</source>
        <translation>schema 不是 Postman 集合 v2.0 或 v2.1（实际为“%1”）</translation>
    </message>
    <message>
        <source>the collection has no name</source>
        <translation>集合没有名称</translation>
    </message>
    <message>
        <source>&quot;item&quot; must be a list</source>
        <translation>&quot;item&quot; 必须是列表</translation>
    </message>
    <message numerus="yes">
        <source>The collection has %n script(s) (pre-request and tests); they are kept for export but Wirebench does not run them.</source>
        <translation>
            <numerusform>该集合包含 %n 个脚本（预请求脚本和测试）；它们会被保留以便导出，但 Wirebench 不会运行它们。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::interchange::PostmanEnvironment</name>
    <message>
        <source>this is a Postman collection, not an environment; import it as a collection</source>
        <translation>这是 Postman 集合，而不是环境；请将其作为集合导入</translation>
    </message>
    <message>
        <source>an environment needs a &quot;values&quot; list</source>
        <translation>环境需要一个 &quot;values&quot; 列表</translation>
    </message>
    <message>
        <source>the name must be a string</source>
        <translation>名称必须是字符串</translation>
    </message>
    <message>
        <source>each value must be an object with a &quot;key&quot; string</source>
        <translation>每个值都必须是带有 &quot;key&quot; 字符串的对象</translation>
    </message>
</context>
<context>
    <name>wb::interchange::PostmanRequest</name>
    <message>
        <source>a request must be a URL string or an object</source>
        <translation>请求必须是 URL 字符串或对象</translation>
    </message>
    <message>
        <source>the method must be a string</source>
        <translation>方法必须是字符串</translation>
    </message>
    <message>
        <source>the URL must be a string or an object</source>
        <translation>URL 必须是字符串或对象</translation>
    </message>
    <message>
        <source>the headers must be a list</source>
        <translation>请求头必须是列表</translation>
    </message>
    <message>
        <source>the body must be an object</source>
        <translation>请求体必须是对象</translation>
    </message>
    <message>
        <source>the auth must be an object</source>
        <translation>认证信息必须是对象</translation>
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
        <translation>
            <numerusform>尝试 %n 次后放弃重新连接。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnecting in %1 ms (attempt %2).</source>
        <translation>%1 毫秒后重新连接（第 %2 次尝试）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a peer address. Write host:port, for example 127.0.0.1:7 or [::1]:7.</source>
        <translation>“%1”不是有效的对端地址。请按 host:port 格式填写，例如 127.0.0.1:7 或 [::1]:7。</translation>
    </message>
    <message>
        <source>No host and port to connect to. Enter both first.</source>
        <translation>没有要连接的主机和端口。请先输入这两项。</translation>
    </message>
    <message>
        <source>Connecting to %1.</source>
        <translation>正在连接到 %1。</translation>
    </message>
    <message>
        <source>Connected to %1 from %2.</source>
        <translation>已从 %2 连接到 %1。</translation>
    </message>
    <message>
        <source>Not connected, so nothing was sent. Open the connection first.</source>
        <translation>未连接，因此未发送任何内容。请先打开连接。</translation>
    </message>
    <message>
        <source>Finished sending; still receiving from %1.</source>
        <translation>发送完毕；仍在从 %1 接收数据。</translation>
    </message>
    <message>
        <source>%1 closed the connection.</source>
        <translation>%1 关闭了连接。</translation>
    </message>
    <message>
        <source>Connection to %1 closed.</source>
        <translation>与 %1 的连接已关闭。</translation>
    </message>
    <message>
        <source>TCP connection to %1 established; starting the TLS handshake.</source>
        <translation>已建立到 %1 的 TCP 连接；正在开始 TLS 握手。</translation>
    </message>
    <message>
        <source>Ignored as asked: %1</source>
        <translation>已按要求忽略：%1</translation>
    </message>
    <message>
        <source>Certificate %1 of %2: %3.</source>
        <translation>第 %1 个证书（共 %2 个）：%3。</translation>
    </message>
    <message>
        <source>%1 established with %2 (cipher %3).</source>
        <translation>已与 %2 建立 %1（加密套件 %3）。</translation>
    </message>
    <message>
        <source>Could not read %1: %2. Check the path and its permissions.</source>
        <translation>无法读取 %1：%2。请检查路径及其权限。</translation>
    </message>
    <message>
        <source>Nothing to send the file with.</source>
        <translation>没有可用于发送文件的连接。</translation>
    </message>
    <message>
        <source>Sending the file was stopped.</source>
        <translation>文件发送已停止。</translation>
    </message>
    <message>
        <source>The connection closed before the whole file was sent.</source>
        <translation>文件尚未全部发送，连接就已关闭。</translation>
    </message>
    <message>
        <source>The file could not be sent.</source>
        <translation>无法发送该文件。</translation>
    </message>
</context>
<context>
    <name>wb::net::SocketErrors</name>
    <message>
        <source>The connection to %1 was refused: nothing is listening on that port, or a firewall rejected it. Check the host and port, and that the server is running.</source>
        <translation>与 %1 的连接被拒绝：该端口上没有程序在监听，或连接被防火墙拒绝。请检查主机和端口，并确认服务器正在运行。</translation>
    </message>
    <message>
        <source>%1 closed the connection.</source>
        <translation>%1 关闭了连接。</translation>
    </message>
    <message>
        <source>The host name in %1 could not be resolved. Check its spelling and your DNS settings.</source>
        <translation>无法解析 %1 中的主机名。请检查拼写和 DNS 设置。</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check that the host is reachable, or allow a longer timeout.</source>
        <translation>%1 未及时响应。请检查主机是否可达，或延长超时时间。</translation>
    </message>
    <message>
        <source>The network failed while talking to %1. Check the connection and that the host is reachable.</source>
        <translation>与 %1 通信时网络出错。请检查网络连接以及主机是否可达。</translation>
    </message>
    <message>
        <source>The address %1 is already in use by another program. Choose another port, or stop the program that uses it.</source>
        <translation>地址 %1 已被其他程序占用。请选择其他端口，或停止占用该端口的程序。</translation>
    </message>
    <message>
        <source>Not allowed to use %1. Ports below 1024 need extra privileges; choose a higher port.</source>
        <translation>无权使用 %1。1024 以下的端口需要额外权限；请选择更高的端口。</translation>
    </message>
    <message>
        <source>The address in %1 does not belong to this machine. Bind to one of its own addresses, or to any address.</source>
        <translation>%1 中的地址不属于本机。请绑定到本机的某个地址，或绑定到任意地址。</translation>
    </message>
    <message>
        <source>The datagram for %1 is larger than the network allows. Send at most 65,507 bytes per datagram, or fewer to avoid fragmentation.</source>
        <translation>发往 %1 的数据报超出了网络允许的大小。每个数据报最多发送 65,507 字节；若要避免分片，应更少。</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed. Check that the peer speaks TLS on that port and accepts this client&apos;s protocol versions.</source>
        <translation>与 %1 的 TLS 握手失败。请检查对端是否在该端口上使用 TLS，并接受此客户端的协议版本。</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2.</source>
        <translation>与 %1 的连接失败：%2。</translation>
    </message>
    <message>
        <source>No connection to %1 within %2 ms. Check that the host is reachable and not dropping packets, or allow a longer timeout.</source>
        <translation>%2 毫秒内未能连接到 %1。请检查主机是否可达且未丢弃数据包，或延长超时时间。</translation>
    </message>
    <message>
        <source>The connection to %1 was reset: the peer aborted it (TCP RST) instead of closing it normally, so data in flight may be lost. The server may have crashed, rejected the data, or closed with unread input.</source>
        <translation>与 %1 的连接被重置：对端中止了连接（TCP RST），而非正常关闭，传输中的数据可能已丢失。服务器可能已崩溃、拒绝了数据，或在仍有未读输入时关闭了连接。</translation>
    </message>
</context>
<context>
    <name>wb::net::TcpServerSession</name>
    <message>
        <source>The TLS handshake with client %1 failed. Check that it speaks TLS and trusts this server&apos;s certificate.</source>
        <translation>与客户端 %1 的 TLS 握手失败。请检查该客户端是否使用 TLS，并信任此服务器的证书。</translation>
    </message>
    <message>
        <source>Listening for TLS clients on %1.</source>
        <translation>正在 %1 上监听 TLS 客户端。</translation>
    </message>
    <message>
        <source>Listening on %1.</source>
        <translation>正在 %1 上监听。</translation>
    </message>
    <message>
        <source>Client %1 connected.</source>
        <translation>客户端 %1 已连接。</translation>
    </message>
    <message>
        <source>Client %1 disconnected.</source>
        <translation>客户端 %1 已断开连接。</translation>
    </message>
    <message>
        <source>Stopped listening on %1.</source>
        <translation>已停止在 %1 上监听。</translation>
    </message>
    <message>
        <source>No client %1 is connected, so nothing was sent. Choose one of the connected clients.</source>
        <translation>客户端 %1 未连接，因此未发送任何内容。请选择一个已连接的客户端。</translation>
    </message>
    <message>
        <source>No client is connected, so nothing was sent. Wait for a client to connect.</source>
        <translation>没有已连接的客户端，因此未发送任何内容。请等待客户端连接。</translation>
    </message>
    <message>
        <source>Disconnecting client %1.</source>
        <translation>正在断开客户端 %1。</translation>
    </message>
</context>
<context>
    <name>wb::net::TlsCredentials</name>
    <message>
        <source>%1 does not hold a private key that can be read (RSA, EC or DSA in PEM or DER), or its passphrase is wrong.</source>
        <translation>%1 中没有可读取的私钥（PEM 或 DER 格式的 RSA、EC 或 DSA 私钥），或其口令错误。</translation>
    </message>
    <message>
        <source>Could not read %1: %2. Check the path and its permissions.</source>
        <translation>无法读取 %1：%2。请检查路径及其权限。</translation>
    </message>
    <message>
        <source>%1 is not a PKCS#12 bundle, or its password is wrong.</source>
        <translation>%1 不是 PKCS#12 包，或其密码错误。</translation>
    </message>
    <message>
        <source>%1 holds no certificate in PEM or DER form.</source>
        <translation>%1 中没有 PEM 或 DER 格式的证书。</translation>
    </message>
    <message>
        <source>%1, issued by %2, valid from %3 to %4</source>
        <translation>%1，由 %2 颁发，有效期从 %3 至 %4</translation>
    </message>
    <message>
        <source>The certificate of %1 expired on %2. The server must renew it; until then you can only connect by ignoring certificate errors.</source>
        <translation>%1 的证书已于 %2 过期。服务器必须更新证书；在此之前，只能通过忽略证书错误来连接。</translation>
    </message>
    <message>
        <source>The certificate of %1 is valid only from %2. Check this machine&apos;s clock.</source>
        <translation>%1 的证书自 %2 起才生效。请检查本机的时钟。</translation>
    </message>
    <message>
        <source>The certificate presented by %1 is for %2, not for this host name. Connect with a name the certificate lists, or ignore certificate errors.</source>
        <translation>%1 提供的证书是颁发给 %2 的，而不是此主机名。请使用证书中列出的名称连接，或忽略证书错误。</translation>
    </message>
    <message>
        <source>The certificate of %1 is self-signed, so nothing vouches for it. Trust it explicitly (add it as a CA certificate) or ignore certificate errors.</source>
        <translation>%1 的证书是自签名的，没有任何机构为其担保。请显式信任它（将其添加为 CA 证书），或忽略证书错误。</translation>
    </message>
    <message>
        <source>The certificate of %1 was issued by an authority this client does not trust (%2). Add that authority&apos;s certificate as a CA certificate, or ignore certificate errors.</source>
        <translation>%1 的证书由此客户端不信任的机构颁发（%2）。请将该机构的证书添加为 CA 证书，或忽略证书错误。</translation>
    </message>
    <message>
        <source>The certificate of %1 has been revoked by its issuer. Do not trust this server.</source>
        <translation>%1 的证书已被其颁发者吊销。请勿信任此服务器。</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified: %2.</source>
        <translation>无法验证 %1 的证书：%2。</translation>
    </message>
</context>
<context>
    <name>wb::net::UdpSession</name>
    <message>
        <source>Bound to %1; datagrams from anyone are shown.</source>
        <translation>已绑定到 %1；将显示来自任何发送方的数据报。</translation>
    </message>
    <message>
        <source>Socket closed.</source>
        <translation>套接字已关闭。</translation>
    </message>
    <message>
        <source>The UDP socket is not open, so nothing was sent. Open it first.</source>
        <translation>UDP 套接字未打开，因此未发送任何内容。请先打开它。</translation>
    </message>
    <message>
        <source>No destination for the datagram. Enter a host and port to send to.</source>
        <translation>数据报没有目标地址。请输入要发送到的主机和端口。</translation>
    </message>
    <message>
        <source>Could not join the multicast group %1. Bind to any address (not a single one) and check that the group is a multicast address.</source>
        <translation>无法加入组播组 %1。请绑定到任意地址（而非某个具体地址），并检查该组是否为组播地址。</translation>
    </message>
    <message>
        <source>Joined the multicast group %1.</source>
        <translation>已加入组播组 %1。</translation>
    </message>
    <message>
        <source>Could not leave the multicast group %1: this socket had not joined it.</source>
        <translation>无法离开组播组 %1：此套接字未加入该组。</translation>
    </message>
    <message>
        <source>Left the multicast group %1.</source>
        <translation>已离开组播组 %1。</translation>
    </message>
    <message>
        <source>Datagrams are broadcast to %1: every host on that network can receive them.</source>
        <translation>数据报将广播到 %1：该网络上的每台主机都能收到。</translation>
    </message>
</context>
<context>
    <name>wb::net::WebSocketSession</name>
    <message>
        <source>&apos;%1&apos; is not a WebSocket URL. Write ws://host:port/path or wss://host:port/path.</source>
        <translation>“%1”不是 WebSocket URL。请写作 ws://host:port/path 或 wss://host:port/path。</translation>
    </message>
    <message numerus="yes">
        <source>Pong received after %1 ms (%n byte(s) of payload).</source>
        <translation>
            <numerusform>%1 毫秒后收到 Pong（负载 %n 字节）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening %1.</source>
        <translation>正在打开 %1。</translation>
    </message>
    <message>
        <source>WebSocket connection to %1 open.</source>
        <translation>到 %1 的 WebSocket 连接已打开。</translation>
    </message>
    <message>
        <source>WebSocket closed with code %1%2.</source>
        <translation>WebSocket 已关闭，关闭代码 %1%2。</translation>
    </message>
    <message>
        <source>The WebSocket handshake with %1 failed: %2. Check the URL&apos;s path and that the server speaks WebSocket there.</source>
        <translation>与 %1 的 WebSocket 握手失败：%2。请检查 URL 的路径，以及服务器是否在该路径上提供 WebSocket。</translation>
    </message>
    <message>
        <source>Ignored as asked: %1</source>
        <translation>已按要求忽略：%1</translation>
    </message>
    <message>
        <source>Closing with code %1.</source>
        <translation>正在以代码 %1 关闭。</translation>
    </message>
    <message>
        <source>The WebSocket is not open, so nothing was sent. Open it first.</source>
        <translation>WebSocket 未打开，因此未发送任何内容。请先打开它。</translation>
    </message>
    <message>
        <source>A text message must be valid UTF-8. Send these bytes as a binary message instead.</source>
        <translation>文本消息必须是有效的 UTF-8。请改为以二进制消息发送这些字节。</translation>
    </message>
    <message>
        <source>A ping carries at most 125 bytes of payload. Shorten it.</source>
        <translation>Ping 最多携带 125 字节的负载。请缩短它。</translation>
    </message>
    <message>
        <source>Ping sent.</source>
        <translation>已发送 Ping。</translation>
    </message>
</context>
<context>
    <name>wb::store</name>
    <message>
        <source>A body file of the history could not be written in %1. Check that the disk is not full and the workspace folder is writable.</source>
        <translation>无法在 %1 中写入历史记录的正文文件。请检查磁盘是否已满，以及工作区文件夹是否可写。</translation>
    </message>
    <message>
        <source>A body file of this history entry is missing (%1). It may have been deleted outside Wirebench.</source>
        <translation>此历史记录条目的某个正文文件缺失（%1）。它可能已在 Wirebench 之外被删除。</translation>
    </message>
    <message>
        <source>A body of this history entry is damaged. Delete the entry or clear the history.</source>
        <translation>此历史记录条目的某个正文已损坏。请删除该条目或清空历史记录。</translation>
    </message>
    <message>
        <source>The workspace database %1 could not be opened. Check that the workspace folder is writable, or choose another with --workspace.</source>
        <translation>无法打开工作区数据库 %1。请检查工作区文件夹是否可写，或用 --workspace 选择其他工作区。</translation>
    </message>
    <message>
        <source>The workspace database %1 is damaged or is not a Wirebench workspace (%2), and it could not be moved aside. Move it away yourself or choose another workspace with --workspace.</source>
        <translation>工作区数据库 %1 已损坏或不是 Wirebench 工作区（%2），且无法将其移到别处。请自行移走它，或用 --workspace 选择其他工作区。</translation>
    </message>
    <message>
        <source>The workspace database %1 was damaged or is not a Wirebench workspace (%2). It was kept as %3 and a new, empty workspace database was created.</source>
        <translation>工作区数据库 %1 已损坏或不是 Wirebench 工作区（%2）。原文件已保留为 %3，并已创建新的空工作区数据库。</translation>
    </message>
    <message>
        <source>A history entry is damaged and cannot be shown. Delete it or clear the history.</source>
        <translation>某条历史记录已损坏，无法显示。请删除它或清空历史记录。</translation>
    </message>
    <message>
        <source>The search text could not be used. Search for plain words.</source>
        <translation>无法使用该搜索文本。请搜索普通词语。</translation>
    </message>
    <message>
        <source>There is no history entry %1. It may have been pruned or cleared.</source>
        <translation>不存在历史记录条目 %1。它可能已被清理或清空。</translation>
    </message>
    <message>
        <source>The workspace was written by a newer Wirebench (schema %1, this one knows %2). Update Wirebench or choose another workspace.</source>
        <translation>此工作区由较新版本的 Wirebench 写入（架构版本 %1，当前版本支持 %2）。请更新 Wirebench 或选择其他工作区。</translation>
    </message>
    <message>
        <source>The workspace is in use by another program that keeps it locked. Close the other Wirebench window or choose another workspace with --workspace, then try again.</source>
        <translation>工作区正被另一个程序使用并锁定。请关闭另一个 Wirebench 窗口，或用 --workspace 选择其他工作区，然后重试。</translation>
    </message>
    <message>
        <source>The workspace database is damaged. Restart Wirebench: it keeps the damaged file as a backup and starts a new one.</source>
        <translation>工作区数据库已损坏。请重新启动 Wirebench：它会将损坏的文件保留为备份，并新建一个数据库。</translation>
    </message>
    <message>
        <source>There is no collection %1 in this workspace.</source>
        <translation>此工作区中没有集合 %1。</translation>
    </message>
    <message>
        <source>The workspace database %1 is damaged. Close every Wirebench window and start again: the damaged file is then kept as a backup and a new one is created.</source>
        <translation>工作区数据库 %1 已损坏。请关闭所有 Wirebench 窗口并重新启动：届时损坏的文件会保留为备份，并新建一个数据库。</translation>
    </message>
    <message>
        <source>There is no environment %1 in this workspace.</source>
        <translation>此工作区中没有环境 %1。</translation>
    </message>
    <message>
        <source>The transcript could not be written to %1: %2</source>
        <translation>无法将会话记录写入 %1：%2</translation>
    </message>
    <message>
        <source>History keeps the first %1 or %2 chunks of a session; export the transcript from the console for all of it.</source>
        <translation>历史记录只保留会话的前 %1 或前 %2 个数据块；如需全部内容，请在控制台中导出会话记录。</translation>
    </message>
    <message>
        <source>The history keeps %1 of this exchange&apos;s %2 HTTP/2 frames: every frame but DATA, and the first and last DATA frames.</source>
        <translation>历史记录保留了此交换 %2 个 HTTP/2 帧中的 %1 个：除 DATA 外的所有帧，以及最前和最后的 DATA 帧。</translation>
    </message>
    <message>
        <source>The history keeps %1 of this exchange&apos;s %2 HTTP/2 frames: the first and the last ones.</source>
        <translation>历史记录保留了此交换 %2 个 HTTP/2 帧中的 %1 个：最前和最后的帧。</translation>
    </message>
    <message>
        <source>The history keeps only the 9-byte header of the HTTP/2 frames that came past %1 MiB of frame bytes.</source>
        <translation>超出 %1 MiB 帧字节之后的 HTTP/2 帧，历史记录只保留其 9 字节帧头。</translation>
    </message>
    <message>
        <source>The disk that holds the workspace is full. Free some space (or lower the history limits), then try again.</source>
        <translation>存放工作区的磁盘已满。请释放一些空间（或降低历史记录的上限），然后重试。</translation>
    </message>
    <message>
        <source>The workspace database is read-only for Wirebench. Check that you own the workspace folder and its files and may write them, or choose another workspace with --workspace.</source>
        <translation>工作区数据库对 Wirebench 是只读的。请检查工作区文件夹及其文件是否归您所有且可写，或使用 --workspace 选择其他工作区。</translation>
    </message>
    <message>
        <source>The workspace database could not be read or written (an input/output error from the disk). Check the disk and that the workspace folder is still there, then try again.</source>
        <translation>无法读取或写入工作区数据库（磁盘输入/输出错误）。请检查磁盘以及工作区文件夹是否仍然存在，然后重试。</translation>
    </message>
    <message>
        <source>The workspace already holds an entry with the same id as one being saved, so nothing was saved. Import it again as a copy, or replace the one that is there.</source>
        <translation>工作区中已有一个与待保存条目 ID 相同的条目，因此未保存任何内容。请将其作为副本重新导入，或替换已有的条目。</translation>
    </message>
    <message>
        <source>What was being saved refers to something the workspace no longer holds (deleted meanwhile, perhaps in another window), so nothing was saved. Reload and try again.</source>
        <translation>待保存的内容引用了工作区中已不存在的项目（可能已在其他窗口中被删除），因此未保存任何内容。请重新加载后重试。</translation>
    </message>
    <message>
        <source>What was being saved is not valid for the workspace database (a required value is missing or out of range), so nothing was saved.</source>
        <translation>待保存的内容对工作区数据库无效（缺少必需的值或值超出范围），因此未保存任何内容。</translation>
    </message>
    <message>
        <source>The workspace database refused a change (%1). Nothing was saved; the details say more.</source>
        <translation>工作区数据库拒绝了一项更改（%1）。未保存任何内容；详细信息中有更多说明。</translation>
    </message>
</context>
<context>
    <name>wb::tls</name>
    <message>
        <source>The %1 file &apos;%2&apos; could not be read: check the path and permissions.</source>
        <translation>无法读取 %1 文件“%2”：请检查路径和权限。</translation>
    </message>
    <message>
        <source>The PKCS#12 file &apos;%1&apos; could not be opened: check that it is a PKCS#12 file and that the password is right.</source>
        <translation>无法打开 PKCS#12 文件“%1”：请检查它是否为 PKCS#12 文件，以及密码是否正确。</translation>
    </message>
    <message>
        <source>The client certificate file &apos;%1&apos; holds no PEM certificate.</source>
        <translation>客户端证书文件“%1”中没有 PEM 证书。</translation>
    </message>
    <message>
        <source>The private key in &apos;%1&apos; could not be read: check that it is a PEM key and, if it is encrypted, that the password is right.</source>
        <translation>无法读取“%1”中的私钥：请检查它是否为 PEM 密钥；如果已加密，请检查密码是否正确。</translation>
    </message>
</context>
<context>
    <name>wb::tls::TlsConfigBuilder</name>
    <message>
        <source>The CA file &apos;%1&apos; holds no certificate: give a PEM bundle.</source>
        <translation>CA 文件“%1”中没有证书：请提供 PEM 证书包。</translation>
    </message>
</context>
<context>
    <name>wb::ui::AuthEditor</name>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer 令牌</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>The request is sent without authentication.</source>
        <translation>发送请求时不进行身份验证。</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>令牌：</translation>
    </message>
    <message>
        <source>Key name:</source>
        <translation>键名：</translation>
    </message>
    <message>
        <source>Key value:</source>
        <translation>键值：</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>请求头</translation>
    </message>
    <message>
        <source>Query parameter</source>
        <translation>查询参数</translation>
    </message>
    <message>
        <source>Add to:</source>
        <translation>添加到：</translation>
    </message>
</context>
<context>
    <name>wb::ui::BodyEditor</name>
    <message>
        <source>No body</source>
        <translation>无请求体</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>原始</translation>
    </message>
    <message>
        <source>Form (URL-encoded)</source>
        <translation>表单（URL 编码）</translation>
    </message>
    <message>
        <source>Multipart form</source>
        <translation>多部分表单</translation>
    </message>
    <message>
        <source>Binary file</source>
        <translation>二进制文件</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>请求体：</translation>
    </message>
    <message>
        <source>This request sends no body.</source>
        <translation>此请求不发送请求体。</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>XML</source>
        <translation>XML</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>请求体</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Value or file</source>
        <translation>值或文件</translation>
    </message>
    <message>
        <source>Choose File for Row…</source>
        <translation>为此行选择文件…</translation>
    </message>
    <message>
        <source>Choose a File to Upload</source>
        <translation>选择要上传的文件</translation>
    </message>
    <message>
        <source>File streamed as the body</source>
        <translation>作为请求体流式发送的文件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Choose the Body File</source>
        <translation>选择请求体文件</translation>
    </message>
    <message>
        <source>Send the value as the path of a file to upload</source>
        <translation>将该值作为要上传文件的路径发送</translation>
    </message>
</context>
<context>
    <name>wb::ui::CertificatePanel</name>
    <message>
        <source>Peer certificate chain</source>
        <translation>对端证书链</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>No TLS handshake yet.</source>
        <translation>尚未进行 TLS 握手。</translation>
    </message>
    <message>
        <source>Leaf</source>
        <translation>叶证书</translation>
    </message>
    <message>
        <source>Issuer %1</source>
        <translation>颁发者 %1</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>颁发者</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>有效期自</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>DNS names</source>
        <translation>DNS 名称</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>No certificate received.</source>
        <translation>未收到证书。</translation>
    </message>
    <message>
        <source>The certificate chain was verified.</source>
        <translation>证书链已通过验证。</translation>
    </message>
</context>
<context>
    <name>wb::ui::CodeDialog</name>
    <message>
        <source>Generate Code</source>
        <translation>生成代码</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>另存为(&amp;S)…</translation>
    </message>
    <message>
        <source>Save Code</source>
        <translation>保存代码</translation>
    </message>
    <message>
        <source>%1 files (*.%2);;All files (*)</source>
        <translation>%1 文件 (*.%2);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The code could not be written to %1: %2. Choose another folder.</source>
        <translation>无法将代码写入 %1：%2。请选择其他文件夹。</translation>
    </message>
</context>
<context>
    <name>wb::ui::CollectionsModel</name>
    <message>
        <source>Choose a request.</source>
        <translation>请选择一个请求。</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>New Collection “%1”</source>
        <translation>新建集合“%1”</translation>
    </message>
    <message>
        <source>New Folder “%1”</source>
        <translation>新建文件夹“%1”</translation>
    </message>
    <message>
        <source>Save “%1”</source>
        <translation>保存“%1”</translation>
    </message>
    <message>
        <source>Rename “%1”</source>
        <translation>重命名“%1”</translation>
    </message>
    <message>
        <source>%1 Copy</source>
        <translation>%1 副本</translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation>创建副本“%1”</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>删除“%1”</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>移动“%1”</translation>
    </message>
    <message>
        <source>Change the settings of “%1”</source>
        <translation>更改“%1”的设置</translation>
    </message>
    <message>
        <source>Replace “%1”</source>
        <translation>替换“%1”</translation>
    </message>
    <message>
        <source>Import “%1”</source>
        <translation>导入“%1”</translation>
    </message>
</context>
<context>
    <name>wb::ui::CollectionsPanel</name>
    <message>
        <source>No collections yet. Create one, import a Postman collection, a curl command or a HAR file, or save a request with Ctrl+S.</source>
        <translation>尚无集合。请新建一个集合，导入 Postman 集合、curl 命令或 HAR 文件，或按 Ctrl+S 保存请求。</translation>
    </message>
    <message>
        <source>New Collection</source>
        <translation>新建集合</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>新建文件夹</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Import a Postman collection or environment, a curl command or a HAR file</source>
        <translation>导入 Postman 集合或环境、curl 命令或 HAR 文件</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export the selected collection as Postman v2.1</source>
        <translation>将所选集合导出为 Postman v2.1</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>创建副本</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Environments cannot be imported here.</source>
        <translation>无法在此处导入环境。</translation>
    </message>
    <message>
        <source>Imported the environment “%1”.</source>
        <translation>已导入环境“%1”。</translation>
    </message>
    <message>
        <source>%1 could not be written: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <source>Exported “%1” to %2.</source>
        <translation>已将“%1”导出到 %2。</translation>
    </message>
    <message>
        <source>Deleted “%1”. Ctrl+Z brings it back.</source>
        <translation>已删除“%1”。按 Ctrl+Z 可恢复。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Collections, environments, HAR (*.json *.har);;curl command (*.sh *.txt *.curl);;All files (*)</source>
        <translation>集合、环境、HAR (*.json *.har);;curl 命令 (*.sh *.txt *.curl);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export Collection</source>
        <translation>导出集合</translation>
    </message>
    <message>
        <source>Postman collection v2.1 (*.json)</source>
        <translation>Postman 集合 v2.1 (*.json)</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Alt+Return</source>
        <translation>Alt+Return</translation>
    </message>
    <message>
        <source>Variables, headers and auth for the requests below</source>
        <translation>下级请求使用的变量、请求头和认证</translation>
    </message>
    <message>
        <source>The settings could not be saved: the item is gone.</source>
        <translation>无法保存设置：该项已不存在。</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <source>Replaced the collection “%1”.</source>
        <translation>已替换集合“%1”。</translation>
    </message>
    <message>
        <source>Imported “%1” as a copy.</source>
        <translation>已将“%1”作为副本导入。</translation>
    </message>
</context>
<context>
    <name>wb::ui::ConnectionBar</name>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>host name or address</source>
        <translation>主机名或地址</translation>
    </message>
    <message>
        <source>port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>监听地址</translation>
    </message>
    <message>
        <source>address, e.g. 0.0.0.0</source>
        <translation>地址，例如 0.0.0.0</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Local port; “any” lets the system pick a free one</source>
        <translation>本地端口；“任意”表示由系统选择一个空闲端口</translation>
    </message>
    <message>
        <source>ws://host:port/path or wss://…</source>
        <translation>ws://host:port/path 或 wss://…</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>断开连接</translation>
    </message>
    <message>
        <source>CA certificates (PEM)</source>
        <translation>CA 证书（PEM）</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>certificate (PEM)</source>
        <translation>证书（PEM）</translation>
    </message>
    <message>
        <source>private key (PEM)</source>
        <translation>私钥（PEM）</translation>
    </message>
    <message>
        <source>Keys (*.pem *.key);;All files (*)</source>
        <translation>密钥 (*.pem *.key);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Ignore TLS errors</source>
        <translation>忽略 TLS 错误</translation>
    </message>
    <message>
        <source>Connect even when the certificate cannot be verified; the errors are still shown</source>
        <translation>即使无法验证证书也进行连接；仍会显示错误</translation>
    </message>
    <message>
        <source>Text messages</source>
        <translation>文本消息</translation>
    </message>
    <message>
        <source>Binary messages</source>
        <translation>二进制消息</translation>
    </message>
    <message>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <source>Multicast group</source>
        <translation>组播组</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>加入</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>离开</translation>
    </message>
    <message>
        <source>Auto-reconnect</source>
        <translation>自动重连</translation>
    </message>
    <message>
        <source>Connect again every 2 s when the connection is refused or lost</source>
        <translation>连接被拒绝或断开时，每 2 秒重新连接一次</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>发送到</translation>
    </message>
    <message>
        <source>client CA (asks for a client certificate)</source>
        <translation>客户端 CA（要求客户端出示证书）</translation>
    </message>
    <message>
        <source>extra CA certificates (PEM)</source>
        <translation>额外的 CA 证书（PEM）</translation>
    </message>
    <message>
        <source>server certificate (PEM)</source>
        <translation>服务器证书（PEM）</translation>
    </message>
    <message>
        <source>client certificate (optional)</source>
        <translation>客户端证书（可选）</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>监听</translation>
    </message>
    <message>
        <source>Bind</source>
        <translation>绑定</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Close code</source>
        <translation>关闭代码</translation>
    </message>
    <message>
        <source>Sent when you disconnect: 1000 is a normal closure, 1001 going away, 3000–4999 are for applications</source>
        <translation>断开连接时发送：1000 表示正常关闭，1001 表示离开，3000–4999 供应用程序使用</translation>
    </message>
    <message>
        <source>255.255.255.255 reaches the local network of the default route; a subnet&apos;s broadcast address reaches that subnet</source>
        <translation>255.255.255.255 发往默认路由所在的本地网络；子网的广播地址发往该子网</translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation>广播</translation>
    </message>
    <message>
        <source>Send every datagram to a broadcast address on the port given</source>
        <translation>将每个数据报发送到广播地址的指定端口</translation>
    </message>
    <message>
        <source>Broadcast to</source>
        <translation>广播到</translation>
    </message>
</context>
<context>
    <name>wb::ui::CookiesView</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>域</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>Secure</source>
        <translation>Secure</translation>
    </message>
    <message>
        <source>HttpOnly</source>
        <translation>HttpOnly</translation>
    </message>
    <message>
        <source>SameSite</source>
        <translation>SameSite</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>设置来源</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>(request path)</source>
        <translation>（请求路径）</translation>
    </message>
    <message>
        <source>end of session</source>
        <translation>会话结束时</translation>
    </message>
</context>
<context>
    <name>wb::ui::EnvironmentEditor</name>
    <message>
        <source>Environments</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Show secret values</source>
        <translation>显示机密值</translation>
    </message>
    <message>
        <source>Add Variable</source>
        <translation>添加变量</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>New Environment</source>
        <translation>新建环境</translation>
    </message>
    <message>
        <source>Globals</source>
        <translation>全局变量</translation>
    </message>
    <message>
        <source>Globals — available in every environment</source>
        <translation>全局变量——在所有环境中均可用</translation>
    </message>
</context>
<context>
    <name>wb::ui::EnvironmentSwitcher</name>
    <message>
        <source>Environment whose variables fill in {{placeholders}}</source>
        <translation>用其变量填充 {{placeholders}} 的环境</translation>
    </message>
    <message>
        <source>No Environment</source>
        <translation>无环境</translation>
    </message>
    <message>
        <source>Manage Environments…</source>
        <translation>管理环境…</translation>
    </message>
</context>
<context>
    <name>wb::ui::ExistingCollectionDialog</name>
    <message>
        <source>Import Collection</source>
        <translation>导入集合</translation>
    </message>
    <message>
        <source>The collection “%1” is already in the workspace.</source>
        <translation>集合“%1”已在工作区中。</translation>
    </message>
    <message>
        <source>Replace it with the imported one (edits made to it since are lost), or import a copy beside it?</source>
        <translation>要用导入的集合替换它（此后对它所做的修改将丢失），还是在其旁边导入一个副本？</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <source>Import as &amp;Copy</source>
        <translation>作为副本导入(&amp;C)</translation>
    </message>
</context>
<context>
    <name>wb::ui::FileImport</name>
    <message>
        <source>%1 could not be read: %2. Nothing was imported.</source>
        <translation>无法读取 %1：%2。未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>wb::ui::FindBar</name>
    <message>
        <source>Find in body</source>
        <translation>在正文中查找</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Find previous (Shift+Enter)</source>
        <translation>查找上一个（Shift+Enter）</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Find next (Enter)</source>
        <translation>查找下一个（Enter）</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>关闭查找栏（Esc）</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
</context>
<context>
    <name>wb::ui::FramesModel</name>
    <message>
        <source>→ sent</source>
        <translation>→ 已发送</translation>
    </message>
    <message>
        <source>← received</source>
        <translation>← 已接收</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… 另有 %1 个</translation>
    </message>
    <message>
        <source>%1 bytes on the wire: the 9-byte frame header and a %2-byte payload</source>
        <translation>线路上 %1 字节：9 字节帧头和 %2 字节载荷</translation>
    </message>
    <message>
        <source>Milliseconds since this request started; connection frames from before it are negative</source>
        <translation>自此请求开始以来的毫秒数；此前的连接帧为负值</translation>
    </message>
    <message>
        <source>Time (ms)</source>
        <translation>时间（毫秒）</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>流</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标志</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>wb::ui::FramesView</name>
    <message>
        <source>Hop:</source>
        <translation>跳：</translation>
    </message>
    <message>
        <source>&amp;Stream:</source>
        <translation>流(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Types:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>Which frame types to show</source>
        <translation>要显示哪些帧类型</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>流</translation>
    </message>
    <message>
        <source>No HTTP/2 frames were recorded for this exchange.</source>
        <translation>此交换没有记录 HTTP/2 帧。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>All streams (%1)</source>
        <translation>所有流 (%1)</translation>
    </message>
    <message>
        <source>0 · connection (%1)</source>
        <translation>0 · 连接 (%1)</translation>
    </message>
    <message>
        <source>Show All Types</source>
        <translation>显示所有类型</translation>
    </message>
    <message>
        <source>Hide DATA Frames</source>
        <translation>隐藏 DATA 帧</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>No types</source>
        <translation>无类型</translation>
    </message>
    <message>
        <source>%1 types</source>
        <translation>%1 种类型</translation>
    </message>
    <message>
        <source>1 frame</source>
        <translation>1 个帧</translation>
    </message>
    <message>
        <source>%1 frames</source>
        <translation>%1 个帧</translation>
    </message>
    <message>
        <source>%1 of %2 frames</source>
        <translation>%2 个帧中的 %1 个</translation>
    </message>
    <message>
        <source>Select a frame to see its bytes.</source>
        <translation>选择一个帧以查看其字节。</translation>
    </message>
    <message>
        <source>the connection (stream 0)</source>
        <translation>连接（流 0）</translation>
    </message>
    <message>
        <source>stream %1</source>
        <translation>流 %1</translation>
    </message>
    <message>
        <source>%1 sent on %2 at %3 ms</source>
        <translation>%1 于 %3 毫秒在%2上发送</translation>
    </message>
    <message>
        <source>%1 received on %2 at %3 ms</source>
        <translation>%1 于 %3 毫秒在%2上接收</translation>
    </message>
    <message>
        <source>Flags: %1</source>
        <translation>标志：%1</translation>
    </message>
    <message>
        <source>9-byte header and a %1-byte payload; the first %2 payload bytes were kept</source>
        <translation>9 字节帧头和 %1 字节载荷；保留了载荷的前 %2 字节</translation>
    </message>
    <message>
        <source>9-byte header and a %1-byte payload</source>
        <translation>9 字节帧头和 %1 字节载荷</translation>
    </message>
</context>
<context>
    <name>wb::ui::HeadersEditor</name>
    <message>
        <source>Added when sent</source>
        <translation>发送时添加</translation>
    </message>
    <message>
        <source>Headers the engine adds; a header of the same name above replaces them</source>
        <translation>由引擎添加的请求头；上方同名的请求头会替换它们</translation>
    </message>
</context>
<context>
    <name>wb::ui::HeadersView</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>interim response</source>
        <translation>临时响应</translation>
    </message>
    <message>
        <source>Trailers</source>
        <translation>尾部字段（Trailers）</translation>
    </message>
</context>
<context>
    <name>wb::ui::HistoryDelegate</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>无响应</translation>
    </message>
</context>
<context>
    <name>wb::ui::HistoryModel</name>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
</context>
<context>
    <name>wb::ui::HistoryPanel</name>
    <message>
        <source>Search history</source>
        <translation>搜索历史记录</translation>
    </message>
    <message>
        <source>Words in the method, URL, status, headers or body; end a word with * to match its start</source>
        <translation>方法、URL、状态、头部或正文中的词语；以 * 结尾的词可匹配以该词开头的内容</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Clear History…</source>
        <translation>清除历史记录…</translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation>清除历史记录</translation>
    </message>
    <message>
        <source>Delete every entry in the history of this workspace? This cannot be undone.</source>
        <translation>要删除此工作区历史记录中的所有条目吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>No history yet</source>
        <translation>尚无历史记录</translation>
    </message>
    <message>
        <source>Every request you send and every socket session appears here, newest first and grouped by day. Search it above, open an entry with a double click or Enter, delete it with Delete.</source>
        <translation>你发送的每个请求和每个套接字会话都会显示在这里，最新的在前，并按日期分组。可在上方搜索，双击或按 Enter 打开条目，按 Delete 删除条目。</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>无匹配项</translation>
    </message>
    <message>
        <source>Nothing in the history matches “%1”.</source>
        <translation>历史记录中没有与“%1”匹配的内容。</translation>
    </message>
</context>
<context>
    <name>wb::ui::InputPanel</name>
    <message>
        <source>Type what to send. Escapes: \r \n \t \0 \xNN \\ — or switch to Hex. Ctrl+Enter sends.</source>
        <translation>输入要发送的内容。转义：\r \n \t \0 \xNN \\ — 或切换到“十六进制”。按 Ctrl+Enter 发送。</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <source>Text with escapes, or hex digits such as “de ad be ef”</source>
        <translation>带转义的文本，或十六进制数字，例如“de ad be ef”</translation>
    </message>
    <message>
        <source>No line ending</source>
        <translation>无行尾</translation>
    </message>
    <message>
        <source>LF (\n)</source>
        <translation>LF (\n)</translation>
    </message>
    <message>
        <source>CRLF (\r\n)</source>
        <translation>CRLF (\r\n)</translation>
    </message>
    <message>
        <source>To</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>发送（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Send File…</source>
        <translation>发送文件…</translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>重复间隔</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>0 ms sends as fast as the connection takes it</source>
        <translation>0 毫秒表示以连接所能承受的最快速度发送</translation>
    </message>
    <message>
        <source>× </source>
        <translation>× </translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation>直到停止</translation>
    </message>
    <message>
        <source>Saved snippets of this workspace</source>
        <translation>此工作区中已保存的片段</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Save the input as a snippet of this workspace</source>
        <translation>将输入内容保存为此工作区的片段</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the chosen snippet</source>
        <translation>删除所选片段</translation>
    </message>
    <message>
        <source>Send to every connected client, or to one</source>
        <translation>发送给所有已连接的客户端，或其中某一个</translation>
    </message>
    <message>
        <source>Where datagrams go: the address in the bar above, a peer seen, or any host:port (255.255.255.255:PORT broadcasts)</source>
        <translation>数据报的去向：上方栏中的地址、已见过的对端，或任意 host:port（255.255.255.255:PORT 为广播）</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>所有客户端</translation>
    </message>
    <message>
        <source>Address above</source>
        <translation>上方地址</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Send File</source>
        <translation>发送文件</translation>
    </message>
    <message>
        <source>Save Snippet</source>
        <translation>保存片段</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Snippets</source>
        <translation>片段</translation>
    </message>
</context>
<context>
    <name>wb::ui::JsonReindenter</name>
    <message>
        <source>A string breaks across lines at byte %1.</source>
        <translation>字符串在第 %1 字节处跨行断开。</translation>
    </message>
    <message>
        <source>Unexpected data after the value at byte %1.</source>
        <translation>第 %1 字节处的值之后出现意外数据。</translation>
    </message>
    <message>
        <source>An unmatched &apos;%1&apos; at byte %2.</source>
        <translation>第 %2 字节处有不匹配的“%1”。</translation>
    </message>
    <message>
        <source>Unexpected character &apos;%1&apos; at byte %2.</source>
        <translation>第 %2 字节处出现意外字符“%1”。</translation>
    </message>
    <message>
        <source>The JSON ends before all its objects, arrays and strings are closed.</source>
        <translation>JSON 在所有对象、数组和字符串闭合之前就结束了。</translation>
    </message>
    <message>
        <source>The body is empty.</source>
        <translation>正文为空。</translation>
    </message>
</context>
<context>
    <name>wb::ui::JsonTreeModel</name>
    <message>
        <source>(root)</source>
        <translation>（根）</translation>
    </message>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n 个键}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n 项]</numerusform>
        </translation>
    </message>
    <message>
        <source>object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>wb::ui::KeyValueTable</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Send this row</source>
        <translation>发送此行</translation>
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
    <message>
        <source>&amp;Save to Collection</source>
        <translation>保存到集合(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Save to Collection &amp;As…</source>
        <translation>另存到集合(&amp;A)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Manage &amp;Environments…</source>
        <translation>管理环境(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Copy Request as c&amp;URL</source>
        <translation>将请求复制为 cURL(&amp;U)</translation>
    </message>
    <message>
        <source>Ctrl+Alt+C</source>
        <translation>Ctrl+Alt+C</translation>
    </message>
    <message>
        <source>&amp;Generate Code…</source>
        <translation>生成代码(&amp;G)…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+G</source>
        <translation>Ctrl+Alt+G</translation>
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
    <message numerus="yes">
        <source>%n exchange(s) could not be added to the history: %1</source>
        <translation>
            <numerusform>有 %n 条交换记录无法添加到历史记录：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the request as a cURL command.</source>
        <translation>已将请求复制为 cURL 命令。</translation>
    </message>
</context>
<context>
    <name>wb::ui::PeersPanel</name>
    <message>
        <source>Send To</source>
        <translation>发送到</translation>
    </message>
    <message>
        <source>Send the input to the selected peer only</source>
        <translation>仅将输入内容发送给所选对端</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>断开连接</translation>
    </message>
    <message>
        <source>Connected clients: %1</source>
        <translation>已连接的客户端：%1</translation>
    </message>
    <message>
        <source>Peers seen: %1</source>
        <translation>已见过的对端：%1</translation>
    </message>
</context>
<context>
    <name>wb::ui::PrettyView</name>
    <message>
        <source>Tree</source>
        <translation>树</translation>
    </message>
    <message>
        <source>Browse the JSON as a collapsible tree</source>
        <translation>以可折叠的树形结构浏览 JSON</translation>
    </message>
    <message>
        <source>Formatting…</source>
        <translation>正在格式化…</translation>
    </message>
    <message>
        <source>Shown as received: %1</source>
        <translation>按接收原样显示：%1</translation>
    </message>
    <message>
        <source>The body is too large for the tree; use the formatted text.</source>
        <translation>正文过大，无法以树形显示；请使用格式化文本。</translation>
    </message>
    <message>
        <source>Parsing…</source>
        <translation>正在解析…</translation>
    </message>
    <message>
        <source>The body is not valid JSON at byte %1: %2</source>
        <translation>正文在第 %1 字节处不是有效的 JSON：%2</translation>
    </message>
</context>
<context>
    <name>wb::ui::PreviewView</name>
    <message>
        <source>Nothing to preview.</source>
        <translation>没有可预览的内容。</translation>
    </message>
    <message>
        <source>The body could not be read from its file.</source>
        <translation>无法从文件中读取正文。</translation>
    </message>
    <message>
        <source>%1 image, %2 × %3 pixels</source>
        <translation>%1 图像，%2 × %3 像素</translation>
    </message>
    <message>
        <source>The image could not be decoded: %1</source>
        <translation>无法解码图像：%1</translation>
    </message>
    <message>
        <source>Shown as source; no script runs. The first %1 of %2 bytes are shown here; the Raw view pages through all of them.</source>
        <translation>以源代码形式显示；不会运行任何脚本。此处显示 %2 字节中的前 %1 字节；“原始”视图可分页浏览全部内容。</translation>
    </message>
    <message>
        <source>Shown as source; no script runs.</source>
        <translation>以源代码形式显示；不会运行任何脚本。</translation>
    </message>
    <message>
        <source>No preview for %1; use the Raw or Hex view.</source>
        <translation>无法预览 %1；请使用“原始”或“十六进制”视图。</translation>
    </message>
    <message>
        <source>this content</source>
        <translation>此内容</translation>
    </message>
</context>
<context>
    <name>wb::ui::RequestComposer</name>
    <message>
        <source>Params</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>请求头</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>请求体</translation>
    </message>
    <message>
        <source>Auth</source>
        <translation>认证</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>What this request is for, what it needs and what it returns (Markdown is kept as written and exported with the collection).</source>
        <translation>此请求的用途、所需内容及返回内容（Markdown 按原样保留，并随集合一起导出）。</translation>
    </message>
    <message>
        <source>Docs</source>
        <translation>文档</translation>
    </message>
</context>
<context>
    <name>wb::ui::RequestController</name>
    <message>
        <source>%1: %2 %3 in %4, %5</source>
        <extracomment>A finished request in the status bar: &quot;GET example.com/a: 200 OK in 120 ms, 5 KB&quot;.</extracomment>
        <translation>%1：%2 %3，耗时 %4，%5</translation>
    </message>
    <message>
        <source>The pasted text is not a cURL command Wirebench can read: %1</source>
        <translation>粘贴的文本不是 Wirebench 可读取的 cURL 命令：%1</translation>
    </message>
    <message>
        <source>Imported the cURL command.</source>
        <translation>已导入 cURL 命令。</translation>
    </message>
    <message>
        <source>Imported the cURL command; not applied: %1</source>
        <translation>已导入 cURL 命令；未应用：%1</translation>
    </message>
    <message>
        <source>New Request</source>
        <translation>新建请求</translation>
    </message>
</context>
<context>
    <name>wb::ui::RequestSettingsEditor</name>
    <message>
        <source>Follow redirects</source>
        <translation>跟随重定向</translation>
    </message>
    <message>
        <source>Verify the server&apos;s TLS certificate</source>
        <translation>验证服务器的 TLS 证书</translation>
    </message>
    <message>
        <source>Extra CA certificates (PEM)</source>
        <translation>额外的 CA 证书（PEM）</translation>
    </message>
    <message>
        <source>Choose a CA Bundle</source>
        <translation>选择 CA 证书包</translation>
    </message>
    <message>
        <source>Client certificate (PEM or PKCS#12)</source>
        <translation>客户端证书（PEM 或 PKCS#12）</translation>
    </message>
    <message>
        <source>Choose a Client Certificate</source>
        <translation>选择客户端证书</translation>
    </message>
    <message>
        <source>Client key (PEM; empty with PKCS#12)</source>
        <translation>客户端私钥（PEM；使用 PKCS#12 时留空）</translation>
    </message>
    <message>
        <source>Choose a Client Key</source>
        <translation>选择客户端私钥</translation>
    </message>
    <message>
        <source>From the environment; &quot;none&quot;, or http:// or socks5:// URL</source>
        <translation>取自环境变量；或填写 &quot;none&quot;，或 http:// 或 socks5:// URL</translation>
    </message>
    <message>
        <source>Decode gzip, deflate, br and zstd bodies</source>
        <translation>解码 gzip、deflate、br 和 zstd 压缩的正文</translation>
    </message>
    <message>
        <source>Report tolerated protocol deviations as errors</source>
        <translation>将可容忍的协议偏差报告为错误</translation>
    </message>
    <message>
        <source>Most redirects:</source>
        <translation>最多重定向次数：</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>CA 文件：</translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation>客户端证书：</translation>
    </message>
    <message>
        <source>Client key:</source>
        <translation>客户端私钥：</translation>
    </message>
    <message>
        <source>Key password:</source>
        <translation>私钥密码：</translation>
    </message>
    <message>
        <source>Connect timeout:</source>
        <translation>连接超时：</translation>
    </message>
    <message>
        <source>Total timeout:</source>
        <translation>总超时：</translation>
    </message>
    <message>
        <source>Idle timeout:</source>
        <translation>空闲超时：</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>代理：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>无限制</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>https: offers HTTP/2 and HTTP/1.1 by ALPN and uses what the server picks; http: HTTP/1.1</source>
        <translation>https：通过 ALPN 提供 HTTP/2 和 HTTP/1.1，使用服务器选择的协议；http：HTTP/1.1</translation>
    </message>
    <message>
        <source>HTTP/1.1 only</source>
        <translation>仅 HTTP/1.1</translation>
    </message>
    <message>
        <source>Never HTTP/2</source>
        <translation>从不使用 HTTP/2</translation>
    </message>
    <message>
        <source>HTTP/2 only</source>
        <translation>仅 HTTP/2</translation>
    </message>
    <message>
        <source>https: fails when the server does not agree to h2 by ALPN; http: prior knowledge (h2c)</source>
        <translation>https：服务器未通过 ALPN 同意 h2 时失败；http：先验知识 (h2c)</translation>
    </message>
    <message>
        <source>HTTP/2 with prior knowledge (h2c)</source>
        <translation>基于先验知识的 HTTP/2 (h2c)</translation>
    </message>
    <message>
        <source>Cleartext HTTP/2 from the first byte, without an upgrade; for servers known to speak it</source>
        <translation>从第一个字节起即为明文 HTTP/2，不经升级；用于已知支持它的服务器</translation>
    </message>
    <message>
        <source>Which HTTP version this request may use</source>
        <translation>此请求可以使用的 HTTP 版本</translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation>协议(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>wb::ui::ResponseInspector</name>
    <message>
        <source>&amp;Body</source>
        <translation>响应体(&amp;B)</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>请求头</translation>
    </message>
    <message>
        <source>Cookies</source>
        <translation>Cookie</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>计时</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Wire</source>
        <translation>线路</translation>
    </message>
    <message>
        <source>Find in Body</source>
        <translation>在响应体中查找</translation>
    </message>
    <message>
        <source>Save Body As…</source>
        <translation>响应体另存为…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+S</source>
        <translation>Ctrl+Alt+S</translation>
    </message>
    <message>
        <source>Copy as cURL</source>
        <translation>复制为 cURL</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Pretty</source>
        <translation>美化</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>原始</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Headers (%1)</source>
        <translation>响应头（%1）</translation>
    </message>
    <message>
        <source>Cookies (%1)</source>
        <translation>Cookie（%1）</translation>
    </message>
    <message>
        <source>The response has no body.</source>
        <translation>此响应没有响应体。</translation>
    </message>
    <message>
        <source>Save Response Body</source>
        <translation>保存响应体</translation>
    </message>
    <message>
        <source>Saved the body to %1.</source>
        <translation>已将响应体保存到 %1。</translation>
    </message>
    <message>
        <source>The body could not be saved to %1: %2. Check that the folder exists and that you may write to it.</source>
        <translation>无法将响应体保存到 %1：%2。请检查该文件夹是否存在，以及你是否有写入权限。</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>帧</translation>
    </message>
    <message>
        <source>Every HTTP/2 frame of this request, both ways</source>
        <translation>此请求双向的所有 HTTP/2 帧</translation>
    </message>
    <message>
        <source>Frames (%1)</source>
        <translation>帧 (%1)</translation>
    </message>
</context>
<context>
    <name>wb::ui::SaveRequestDialog</name>
    <message>
        <source>Save Request</source>
        <translation>保存请求</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>新建集合…</translation>
    </message>
    <message>
        <source>New Collection</source>
        <translation>新建集合</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>保存到：</translation>
    </message>
    <message>
        <source>New collection name:</source>
        <translation>新集合名称：</translation>
    </message>
</context>
<context>
    <name>wb::ui::ScopeSettingsDialog</name>
    <message>
        <source>Settings of “%1”</source>
        <translation>“%1”的设置</translation>
    </message>
    <message>
        <source>Every request below “%1” uses these variables and headers, and this auth unless it sets its own.</source>
        <translation>“%1”下的每个请求都使用这些变量和请求头；除非请求自行设置认证，否则使用此认证。</translation>
    </message>
    <message>
        <source>Add Variable</source>
        <translation>添加变量</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>请求头</translation>
    </message>
    <message>
        <source>Set auth for the requests below</source>
        <translation>为下级请求设置认证</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>变量</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>请求头</translation>
    </message>
    <message>
        <source>Auth</source>
        <translation>认证</translation>
    </message>
    <message>
        <source>Docs</source>
        <translation>文档</translation>
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
    <name>wb::ui::SnippetStore</name>
    <message>
        <source>The snippets could not be saved to %1: %2</source>
        <translation>无法将片段保存到 %1：%2</translation>
    </message>
</context>
<context>
    <name>wb::ui::SocketConsolePage</name>
    <message numerus="yes">
        <source>Sent %n time(s).</source>
        <translation>
            <numerusform>已发送 %n 次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent the file (%1).</source>
        <translation>已发送文件（%1）。</translation>
    </message>
    <message>
        <source>Sending the file: %1 of %2</source>
        <translation>正在发送文件：%1 / %2</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>正在打开…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接到 %1…</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>正在 %1 上监听</translation>
    </message>
    <message>
        <source>Bound to %1</source>
        <translation>已绑定到 %1</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>已连接到 %1</translation>
    </message>
    <message>
        <source>Closing…</source>
        <translation>正在关闭…</translation>
    </message>
    <message>
        <source>Disconnected; reconnecting</source>
        <translation>已断开；正在重新连接</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>The repetition could not start.</source>
        <translation>无法开始重复发送。</translation>
    </message>
    <message>
        <source>“%1” is not a multicast group address (224.0.0.0 to 239.255.255.255, or ff00::/8).</source>
        <translation>“%1”不是组播组地址（224.0.0.0 到 239.255.255.255，或 ff00::/8）。</translation>
    </message>
    <message>
        <source>The session could not be kept in history: %1</source>
        <translation>无法将会话保存到历史记录：%1</translation>
    </message>
</context>
<context>
    <name>wb::ui::StatusStrip</name>
    <message>
        <source>Total time from queueing the request to the last response byte</source>
        <translation>从请求排队到收到最后一个响应字节的总时间</translation>
    </message>
    <message>
        <source>Size of the response body as received</source>
        <translation>接收到的响应体大小</translation>
    </message>
    <message>
        <source>No response yet</source>
        <translation>尚无响应</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>无响应</translation>
    </message>
    <message numerus="yes">
        <source>%n redirect(s)</source>
        <translation>
            <numerusform>%n 次重定向</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the host name for typos, and your network or proxy settings.</source>
        <translation>请检查主机名是否有拼写错误，以及网络或代理设置。</translation>
    </message>
    <message>
        <source>Check that the server is running and listening on this port.</source>
        <translation>请检查服务器是否正在运行并在此端口上监听。</translation>
    </message>
    <message>
        <source>Check your network connection, VPN or firewall.</source>
        <translation>请检查网络连接、VPN 或防火墙。</translation>
    </message>
    <message>
        <source>Try again, or raise the timeouts in the request&apos;s Settings tab.</source>
        <translation>请重试，或在请求的“设置”标签页中增大超时时间。</translation>
    </message>
    <message>
        <source>Check the TLS view for the certificate chain; add the issuing CA in Settings, or turn off TLS verification for this request if you trust the server.</source>
        <translation>请在“TLS”视图中查看证书链；在“设置”中添加颁发该证书的 CA，或者如果你信任该服务器，可为此请求关闭 TLS 验证。</translation>
    </message>
    <message>
        <source>The server closed the connection; try again or look at the Wire view.</source>
        <translation>服务器关闭了连接；请重试或查看“线路”视图。</translation>
    </message>
    <message>
        <source>Look at the Wire view to see the bytes the server sent.</source>
        <translation>在“线路”视图中查看服务器发送的字节。</translation>
    </message>
    <message>
        <source>Check that the file exists and that you may read and write it.</source>
        <translation>请检查文件是否存在，以及你是否有读写权限。</translation>
    </message>
    <message>
        <source>Correct the request and send it again.</source>
        <translation>请修正请求后重新发送。</translation>
    </message>
    <message>
        <source>Raise the limit in the request&apos;s Settings tab if you expect a body this large.</source>
        <translation>如果预期响应体会这么大，请在请求的“设置”标签页中提高限制。</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 · receiving…</source>
        <extracomment>The protocol of a response whose body is still arriving: &quot;HTTP/1.1 · receiving…&quot;.</extracomment>
        <translation>%1 · 正在接收…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Body bytes received so far of those the response announced: &quot;1.2 KB of 5.0 KB&quot;.</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>The HTTP version used and what TLS negotiated by ALPN</source>
        <translation>所用的 HTTP 版本以及 TLS 通过 ALPN 协商的结果</translation>
    </message>
    <message>
        <source>ALPN %1</source>
        <translation>ALPN %1</translation>
    </message>
</context>
<context>
    <name>wb::ui::TabArea</name>
    <message>
        <source>• %1</source>
        <extracomment>The mark before the title of a tab with unsaved edits.</extracomment>
        <translation>• %1</translation>
    </message>
    <message>
        <source>%1 (unsaved edits)</source>
        <translation>%1（有未保存的修改）</translation>
    </message>
</context>
<context>
    <name>wb::ui::TimingView</name>
    <message>
        <source>Queued</source>
        <translation>排队</translation>
    </message>
    <message>
        <source>DNS lookup</source>
        <translation>DNS 查询</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>TLS 握手</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Wait (TTFB)</source>
        <translation>等待（TTFB）</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>No timings yet.</source>
        <translation>尚无计时数据。</translation>
    </message>
    <message>
        <source>reused</source>
        <translation>已复用</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>开始于 %1</translation>
    </message>
    <message>
        <source>So far</source>
        <translation>目前</translation>
    </message>
</context>
<context>
    <name>wb::ui::TlsView</name>
    <message>
        <source>Property</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>未使用</translation>
    </message>
    <message>
        <source>The exchange was not encrypted.</source>
        <translation>此次通信未加密。</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation>加密套件</translation>
    </message>
    <message>
        <source>ALPN</source>
        <translation>ALPN</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Server name (SNI)</source>
        <translation>服务器名称（SNI）</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Skipped by request settings</source>
        <translation>已按请求设置跳过</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>受信任</translation>
    </message>
    <message>
        <source>Ignored error</source>
        <translation>已忽略错误</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>证书链</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n 个证书</numerusform>
        </translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Issuer %1</source>
        <translation>颁发者 %1</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>颁发者</translation>
    </message>
    <message>
        <source>Alternative names</source>
        <translation>备用名称</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>有效期自</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>wb::ui::TranscriptModel</name>
    <message>
        <source>The workspace is not keeping up with the stream: until it catches up, chunks are kept cut to %1.</source>
        <translation>工作区跟不上数据流：在其赶上之前，数据块只保留前 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n older chunk(s) are not held: without a workspace they cannot be loaded back.</source>
        <translation>
            <numerusform>%n 个较早的数据块未保留：没有工作区，无法重新加载。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older chunk(s) cannot be loaded from the workspace: %1</source>
        <translation>
            <numerusform>无法从工作区加载 %n 个较早的数据块：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading older chunks…</source>
        <translation>正在加载较早的数据块…</translation>
    </message>
    <message numerus="yes">
        <source>%n older chunk(s); scroll up to load them.</source>
        <translation>
            <numerusform>还有 %n 个较早的数据块；向上滚动即可加载。</numerusform>
        </translation>
    </message>
    <message>
        <source>the workspace does not have them.</source>
        <translation>工作区中没有这些数据块。</translation>
    </message>
    <message numerus="yes">
        <source>-- %n older chunk(s) of this session were not kept and are left out.
</source>
        <translation>
            <numerusform>-- 本会话有 %n 个较早的数据块未保留，已略去。
</numerusform>
        </translation>
    </message>
    <message>
        <source>The transcript could not be written to %1: %2</source>
        <translation>无法将会话记录写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>wb::ui::TranscriptPane</name>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <source>Hex + ASCII</source>
        <translation>十六进制 + ASCII</translation>
    </message>
    <message>
        <source>Filter: text, hex bytes or peer</source>
        <translation>筛选：文本、十六进制字节或对端</translation>
    </message>
    <message>
        <source>Pause Autoscroll</source>
        <translation>暂停自动滚动</translation>
    </message>
    <message>
        <source>Keep the view still while data arrives (End jumps to the newest)</source>
        <translation>数据到达时保持视图不动（按 End 跳到最新内容）</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Clear the view; history keeps the session</source>
        <translation>清除视图；历史记录仍保留该会话</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the transcript as a text file</source>
        <translation>将会话记录保存为文本文件</translation>
    </message>
    <message numerus="yes">
        <source>%n chunk(s) · received %1 · sent %2</source>
        <translation>
            <numerusform>%n 个数据块 · 已接收 %1 · 已发送 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Transcript</source>
        <translation>导出会话记录</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>wb::ui::TranscriptView</name>
    <message>
        <source>Nothing sent or received yet.</source>
        <translation>尚未发送或接收任何内容。</translation>
    </message>
    <message>
        <source>No chunk matches the filter.</source>
        <translation>没有与筛选条件匹配的数据块。</translation>
    </message>
</context>
<context>
    <name>wb::ui::UrlBar</name>
    <message>
        <source>Request method: pick one or type any token</source>
        <translation>请求方法：从列表中选择，或输入任意方法名（token）</translation>
    </message>
    <message>
        <source>Enter a URL, or paste a cURL command</source>
        <translation>输入 URL，或粘贴 cURL 命令</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Send the request (Ctrl+Enter)</source>
        <translation>发送请求（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Send Request</source>
        <translation>发送请求</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the request (Ctrl+Enter)</source>
        <translation>取消请求（Ctrl+Enter）</translation>
    </message>
</context>
<context>
    <name>wb::ui::VariableHighlighter</name>
    <message>
        <source>global</source>
        <translation>全局</translation>
    </message>
    <message>
        <source>collection</source>
        <translation>集合</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>local</source>
        <translation>局部</translation>
    </message>
    <message>
        <source>dynamic, new on every send</source>
        <translation>动态，每次发送时重新生成</translation>
    </message>
    <message>
        <source>{{%1}} is not defined in the globals, the collection or the active environment.</source>
        <translation>{{%1}} 未在全局变量、集合或当前环境中定义。</translation>
    </message>
    <message>
        <source>{{%1}} = %2 (%3)</source>
        <translation>{{%1}} = %2（%3）</translation>
    </message>
</context>
<context>
    <name>wb::ui::VariablesTable</name>
    <message>
        <source>Variable</source>
        <translation>变量</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>机密</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Secret values are masked and left out of exports</source>
        <translation>机密值会被遮盖，且不会包含在导出内容中</translation>
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
    <name>wb::ui::WindowPlaces</name>
    <message>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>环境：</translation>
    </message>
    <message>
        <source>The environment whose variables requests use (%1 to manage)</source>
        <translation>其变量供请求使用的环境（按 %1 进行管理）</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>已保存“%1”。</translation>
    </message>
</context>
<context>
    <name>wb::ui::WireView</name>
    <message>
        <source>no response</source>
        <translation>无响应</translation>
    </message>
    <message>
        <source>%1. %2 %3 → %4</source>
        <translation>%1. %2 %3 → %4</translation>
    </message>
    <message>
        <source>
[… %1 more bytes; the Raw and Hex views page through the whole body]</source>
        <translation>
[… 还有 %1 字节；“原始”和“十六进制”视图可分页浏览完整正文]</translation>
    </message>
    <message>
        <source>── Sent ──
</source>
        <translation>── 已发送 ──
</translation>
    </message>
    <message>
        <source>── Sent to %1 port %2 ──
</source>
        <translation>── 已发送到 %1 端口 %2 ──
</translation>
    </message>
    <message>
        <source>

── Received ──
</source>
        <translation>

── 已接收 ──
</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>（无内容）</translation>
    </message>
    <message>
        <source>

── Error ──
%1</source>
        <translation>

── 错误 ──
%1</translation>
    </message>
    <message>
        <source>(HTTP/2: the request as a head; the exact HPACK-encoded HEADERS and DATA frames are in the Frames view)
</source>
        <translation>(HTTP/2:以头部形式显示的请求;经 HPACK 编码的准确 HEADERS 和 DATA 帧见“帧”视图)
</translation>
    </message>
    <message>
        <source>(HTTP/2: this stream&apos;s frames exactly as received, 9-byte headers and payloads; the Frames view decodes them)
</source>
        <translation>(HTTP/2:此流收到的原样帧,包括 9 字节帧头和负载;“帧”视图会解码它们)
</translation>
    </message>
    <message>
        <source>[… %1 more bytes]</source>
        <translation>[… 另有 %1 字节]</translation>
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
        <translation>该项不在此集合中。请重新加载集合后重试。</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a request. Choose a request.</source>
        <translation>“%1”是文件夹，不是请求。请选择一个请求。</translation>
    </message>
    <message>
        <source>A request cannot hold other items. Choose a folder instead.</source>
        <translation>请求不能包含其他项。请改为选择文件夹。</translation>
    </message>
    <message>
        <source>A folder cannot be moved into itself. Choose another destination.</source>
        <translation>文件夹不能移动到自身之中。请选择其他目标位置。</translation>
    </message>
    <message>
        <source>The workspace already holds the collection “%1” (%2), imported before. Choose whether the import replaces it (edits made to it since are lost) or comes in as a copy beside it.</source>
        <translation>工作区中已有之前导入的集合“%1”（%2）。请选择导入时替换它（此后对它所做的修改将丢失），还是作为副本放在其旁边。</translation>
    </message>
</context>
</TS>
