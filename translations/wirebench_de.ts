<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>New &amp;Request</source>
        <translation>Neue &amp;Anfrage</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>New &amp;Socket Console</source>
        <translation>Neue &amp;Socket-Konsole</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>Tab &amp;schließen</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Show &amp;Sidebar</source>
        <translation>&amp;Seitenleiste anzeigen</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>&amp;Collections</source>
        <translation>&amp;Sammlungen</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation>&amp;Nächster Tab</translation>
    </message>
    <message>
        <source>Ctrl+Tab</source>
        <translation>Ctrl+Tab</translation>
    </message>
    <message>
        <source>&amp;Previous Tab</source>
        <translation>&amp;Vorheriger Tab</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Tab</source>
        <translation>Ctrl+Shift+Tab</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Wirebench</source>
        <translation>&amp;Über Wirebench</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
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
        <translation>Arbeitsbereich: %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>The request composer is not part of this build.</source>
        <translation>Der Anfrage-Editor ist in diesem Build nicht enthalten.</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Anfrage %1</translation>
    </message>
    <message>
        <source>The socket console is not part of this build.</source>
        <translation>Die Socket-Konsole ist in diesem Build nicht enthalten.</translation>
    </message>
    <message>
        <source>Console %1</source>
        <translation>Konsole %1</translation>
    </message>
    <message>
        <source>About Wirebench</source>
        <translation>Über Wirebench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Wirebench %1&lt;/h3&gt;&lt;p&gt;A native network workbench: compose HTTP requests, open raw sockets, and see exactly what went over the wire.&lt;/p&gt;&lt;p&gt;Built with Qt %2. Released under the MIT License.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Wirebench %1&lt;/h3&gt;&lt;p&gt;Eine native Netzwerk-Werkbank: HTTP-Anfragen erstellen, Sockets öffnen und genau sehen, was über die Leitung ging.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2. Veröffentlicht unter der MIT-Lizenz.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Collections</source>
        <translation>Sammlungen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>No collections yet</source>
        <translation>Noch keine Sammlungen</translation>
    </message>
    <message>
        <source>Save a request with Ctrl+S to start a collection.</source>
        <translation>Speichern Sie eine Anfrage mit Strg+S, um eine Sammlung zu beginnen.</translation>
    </message>
    <message>
        <source>No history yet</source>
        <translation>Noch kein Verlauf</translation>
    </message>
    <message>
        <source>Every request you send appears here, newest first.</source>
        <translation>Jede gesendete Anfrage erscheint hier, die neueste zuerst.</translation>
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
        <translation>Sehen Sie genau, was über die Leitung geht.</translation>
    </message>
    <message>
        <source>New HTTP Request</source>
        <translation>Neue HTTP-Anfrage</translation>
    </message>
    <message>
        <source>New Socket Console</source>
        <translation>Neue Socket-Konsole</translation>
    </message>
    <message>
        <source>Requests you send are kept in History. Save them to Collections with Ctrl+S.</source>
        <translation>Gesendete Anfragen bleiben im Verlauf. Mit Strg+S speichern Sie sie in Sammlungen.</translation>
    </message>
</context>
<context>
    <name>wb::app</name>
    <message>
        <source>Wirebench: compose HTTP requests, open raw sockets and see every byte.</source>
        <translation>Wirebench: HTTP-Anfragen erstellen, Sockets öffnen und jedes Byte sehen.</translation>
    </message>
    <message>
        <source>Use the workspace folder &lt;path&gt; instead of the default one.</source>
        <translation>Den Arbeitsbereich-Ordner &lt;path&gt; statt des Standardordners verwenden.</translation>
    </message>
    <message>
        <source>Show the interface in &lt;language&gt; (for example de or zh_CN) instead of the system's.</source>
        <translation>Die Oberfläche in &lt;language&gt; (zum Beispiel de oder zh_CN) statt in der Systemsprache anzeigen.</translation>
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
        <translation>Den Arbeitsbereich-Ordner ausgeben und bei Bedarf anlegen.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run 'wirebench-cli COMMAND --help' for a command's options.</source>
        <translation>'wirebench-cli BEFEHL --help' zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>Wirebench on the command line.</source>
        <translation>Wirebench auf der Kommandozeile.</translation>
    </message>
    <message>
        <source>Use the workspace folder &lt;path&gt; instead of the default one.</source>
        <translation>Den Arbeitsbereich-Ordner &lt;path&gt; statt des Standardordners verwenden.</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>Der auszuführende Befehl.</translation>
    </message>
    <message>
        <source>Unknown command '%1'.</source>
        <translation>Unbekannter Befehl '%1'.</translation>
    </message>
</context>
<context>
    <name>wb::net</name>
    <message>
        <source>Invalid escape at character %1: %2. Write \\ for a backslash, or switch to hex mode.</source>
        <translation>Ungültige Escape-Sequenz bei Zeichen %1: %2. Schreiben Sie \\ für einen Backslash oder wechseln Sie in den Hex-Modus.</translation>
    </message>
    <message>
        <source>a lone backslash at the end</source>
        <translation>ein einzelner Backslash am Ende</translation>
    </message>
    <message>
        <source>\x needs two hex digits</source>
        <translation>\x braucht zwei Hex-Ziffern</translation>
    </message>
    <message>
        <source>unknown escape \%1</source>
        <translation>unbekannte Escape-Sequenz \%1</translation>
    </message>
    <message>
        <source>Hex digits must come in pairs; character %1 splits a pair. Add the missing digit.</source>
        <translation>Hex-Ziffern müssen paarweise stehen; Zeichen %1 trennt ein Paar. Ergänzen Sie die fehlende Ziffer.</translation>
    </message>
    <message>
        <source>Character %1 (%2) is not a hex digit. Use 0-9 and a-f, or switch to text mode.</source>
        <translation>Zeichen %1 (%2) ist keine Hex-Ziffer. Verwenden Sie 0-9 und a-f oder wechseln Sie in den Textmodus.</translation>
    </message>
    <message>
        <source>The hex text ends with half a byte. Add the missing digit.</source>
        <translation>Der Hex-Text endet mit einem halben Byte. Ergänzen Sie die fehlende Ziffer.</translation>
    </message>
</context>
<context>
    <name>wb::workspace</name>
    <message>
        <source>The workspace path %1 is a file, not a folder. Choose a folder with --workspace.</source>
        <translation>Der Arbeitsbereich-Pfad %1 ist eine Datei, kein Ordner. Wählen Sie mit --workspace einen Ordner.</translation>
    </message>
    <message>
        <source>The workspace folder %1 could not be created. Check that its parent exists and is writable, or choose another with --workspace.</source>
        <translation>Der Arbeitsbereich-Ordner %1 konnte nicht angelegt werden. Prüfen Sie, ob der übergeordnete Ordner existiert und beschreibbar ist, oder wählen Sie mit --workspace einen anderen.</translation>
    </message>
</context>
</TS>
