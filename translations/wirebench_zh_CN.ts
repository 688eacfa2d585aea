<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Socket Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Wirebench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Wirebench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request composer is not part of this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The socket console is not part of this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Wirebench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Wirebench %1&lt;/h3&gt;&lt;p&gt;A native network workbench: compose HTTP requests, open raw sockets, and see exactly what went over the wire.&lt;/p&gt;&lt;p&gt;Built with Qt %2. Released under the MIT License.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No collections yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a request with Ctrl+S to start a collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No history yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every request you send appears here, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Wirebench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See exactly what goes over the wire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New HTTP Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Socket Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests you send are kept in History. Save them to Collections with Ctrl+S.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::app</name>
    <message>
        <source>Wirebench: compose HTTP requests, open raw sockets and see every byte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the workspace folder &lt;path&gt; instead of the default one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the interface in &lt;language&gt; (for example de or zh_CN) instead of the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wirebench</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::cli</name>
    <message>
        <source>Print the workspace folder, creating it if missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;wirebench-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wirebench on the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the workspace folder &lt;path&gt; instead of the default one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::net</name>
    <message>
        <source>Invalid escape at character %1: %2. Write \\ for a backslash, or switch to hex mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lone backslash at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>\x needs two hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown escape \%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex digits must come in pairs; character %1 splits a pair. Add the missing digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 (%2) is not a hex digit. Use 0-9 and a-f, or switch to text mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hex text ends with half a byte. Add the missing digit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::workspace</name>
    <message>
        <source>The workspace path %1 is a file, not a folder. Choose a folder with --workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace folder %1 could not be created. Check that its parent exists and is writable, or choose another with --workspace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
