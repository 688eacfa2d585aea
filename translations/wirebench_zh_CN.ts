<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>MainMenus</name>
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
    <name>MainWindow</name>
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
    <name>Sidebar</name>
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
    <name>WelcomePage</name>
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
</context>
</TS>
