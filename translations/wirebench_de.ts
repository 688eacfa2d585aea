<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ChunkFormatter</name>
    <message>
        <source>… %1 more not shown here (Export keeps them)</source>
        <translation>… %1 weitere hier nicht angezeigt (der Export enthält sie)</translation>
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
        <translation>TCP-Client</translation>
    </message>
    <message>
        <source>TCP server</source>
        <translation>TCP-Server</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>TLS client</source>
        <translation>TLS-Client</translation>
    </message>
    <message>
        <source>TLS server</source>
        <translation>TLS-Server</translation>
    </message>
    <message>
        <source>WebSocket</source>
        <translation>WebSocket</translation>
    </message>
    <message>
        <source>“%1” is not an IP address to listen on; try 127.0.0.1 or 0.0.0.0.</source>
        <translation>„%1“ ist keine IP-Adresse zum Lauschen; versuchen Sie 127.0.0.1 oder 0.0.0.0.</translation>
    </message>
    <message>
        <source>Enter the host and port to connect to.</source>
        <translation>Geben Sie Host und Port für die Verbindung ein.</translation>
    </message>
    <message>
        <source>A TLS server needs a certificate file and a key file.</source>
        <translation>Ein TLS-Server benötigt eine Zertifikatsdatei und eine Schlüsseldatei.</translation>
    </message>
    <message>
        <source>Enter a ws:// or wss:// URL.</source>
        <translation>Geben Sie eine ws://- oder wss://-URL ein.</translation>
    </message>
    <message>
        <source>Unknown session kind.</source>
        <translation>Unbekannte Sitzungsart.</translation>
    </message>
    <message>
        <source>“%1” is not an IPv4 broadcast address; use 255.255.255.255 or a subnet&apos;s broadcast address such as 192.168.1.255.</source>
        <translation>„%1“ ist keine IPv4-Broadcast-Adresse; verwenden Sie 255.255.255.255 oder die Broadcast-Adresse eines Subnetzes wie 192.168.1.255.</translation>
    </message>
    <message>
        <source>Enter the port to broadcast to.</source>
        <translation>Geben Sie den Port ein, an den gesendet werden soll.</translation>
    </message>
</context>
<context>
    <name>wb</name>
    <message numerus="yes">
        <source>%1 can be read by other users of this computer, and its permissions could not be changed (%2; %n path(s) in all). The workspace keeps Authorization headers, cookies and tokens: move it to a folder you own, or make it private with chmod -R go= on its folder.</source>
        <translation>
            <numerusform>%1 kann von anderen Benutzern dieses Computers gelesen werden, und seine Berechtigungen ließen sich nicht ändern (%2; %n Pfad insgesamt). Der Arbeitsbereich enthält Authorization-Header, Cookies und Tokens: Verschieben Sie ihn in einen Ordner, der Ihnen gehört, oder machen Sie ihn mit chmod -R go= auf seinem Ordner privat.</numerusform>
            <numerusform>%1 kann von anderen Benutzern dieses Computers gelesen werden, und seine Berechtigungen ließen sich nicht ändern (%2; %n Pfade insgesamt). Der Arbeitsbereich enthält Authorization-Header, Cookies und Tokens: Verschieben Sie ihn in einen Ordner, der Ihnen gehört, oder machen Sie ihn mit chmod -R go= auf seinem Ordner privat.</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder %1 could not be created (%2). Check that its parent exists and is writable.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden (%2). Prüfen Sie, ob der übergeordnete Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>The file %1 could not be created (%2). Check that the disk is not full and the folder is writable.</source>
        <translation>Die Datei %1 konnte nicht angelegt werden (%2). Prüfen Sie, ob der Datenträger nicht voll und der Ordner beschreibbar ist.</translation>
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
        <source>Show the interface in &lt;language&gt; (for example de or zh_CN) instead of the system&apos;s.</source>
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
        <source>Run &apos;wirebench-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>&apos;wirebench-cli BEFEHL --help&apos; zeigt die Optionen eines Befehls.</translation>
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
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Unbekannter Befehl &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>List, search, show, export (HAR) or clear the history.</source>
        <translation>Verlauf auflisten, durchsuchen, anzeigen, exportieren (HAR) oder löschen.</translation>
    </message>
    <message>
        <source>Connect to HOST PORT over TCP, netcat-like.</source>
        <translation>Über TCP mit HOST PORT verbinden, wie netcat.</translation>
    </message>
    <message>
        <source>Send UDP datagrams to HOST PORT and print replies.</source>
        <translation>UDP-Datagramme an HOST PORT senden und Antworten ausgeben.</translation>
    </message>
    <message>
        <source>Connect to HOST PORT over TLS, netcat-like.</source>
        <translation>Über TLS mit HOST PORT verbinden, wie netcat.</translation>
    </message>
    <message>
        <source>Open a WebSocket and exchange messages.</source>
        <translation>WebSocket öffnen und Nachrichten austauschen.</translation>
    </message>
    <message>
        <source>Listen on a TCP, TLS or UDP port, netcat-like.</source>
        <translation>Auf einem TCP-, TLS- oder UDP-Port lauschen, wie netcat.</translation>
    </message>
    <message>
        <source>Send one HTTP request, curl-like.</source>
        <translation>Eine HTTP-Anfrage senden, wie curl.</translation>
    </message>
    <message>
        <source>Import a Postman collection or environment, a curl command or a HAR file.</source>
        <translation>Eine Postman-Sammlung oder -Umgebung, einen curl-Befehl oder eine HAR-Datei importieren.</translation>
    </message>
    <message>
        <source>Export a collection (Postman v2.1, curl) or an environment.</source>
        <translation>Eine Sammlung (Postman v2.1, curl) oder eine Umgebung exportieren.</translation>
    </message>
    <message>
        <source>Send N requests over C connections and print the rate and latencies.</source>
        <translation>N Anfragen über C Verbindungen senden und Rate und Latenzen ausgeben.</translation>
    </message>
    <message>
        <source>Export a collection as Postman v2.1 or as curl commands, or an environment as a Postman environment. Secret values are left out unless --include-secrets.</source>
        <translation>Eine Sammlung als Postman v2.1 oder als curl-Befehle exportieren oder eine Umgebung als Postman-Umgebung. Geheime Werte werden ohne --include-secrets weggelassen.</translation>
    </message>
    <message>
        <source>The collection (id or name).</source>
        <translation>Die Sammlung (ID oder Name).</translation>
    </message>
    <message>
        <source>The environment (id or name).</source>
        <translation>Die Umgebung (ID oder Name).</translation>
    </message>
    <message>
        <source>postman (default) or curl.</source>
        <translation>postman (Standard) oder curl.</translation>
    </message>
    <message>
        <source>Write the values of secret variables too.</source>
        <translation>Auch die Werte geheimer Variablen schreiben.</translation>
    </message>
    <message>
        <source>Write to &lt;file&gt; instead of standard output.</source>
        <translation>In &lt;file&gt; statt in die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>Usage: export --collection ID|NAME [--format postman|curl] | --environment ID|NAME [--include-secrets] [--output FILE].</source>
        <translation>Aufruf: export --collection ID|NAME [--format postman|curl] | --environment ID|NAME [--include-secrets] [--output FILE].</translation>
    </message>
    <message>
        <source>There is no collection “%1”; wirebench-cli import adds one.</source>
        <translation>Es gibt keine Sammlung „%1“; wirebench-cli import legt eine an.</translation>
    </message>
    <message>
        <source>There is no environment “%1”; wirebench-cli import adds one.</source>
        <translation>Es gibt keine Umgebung „%1“; wirebench-cli import legt eine an.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation>--limit erfordert eine positive Zahl.</translation>
    </message>
    <message>
        <source>--before needs an entry id.</source>
        <translation>--before erfordert eine Eintrags-ID.</translation>
    </message>
    <message>
        <source>--status takes 1xx, 2xx, 3xx, 4xx or 5xx.</source>
        <translation>--status akzeptiert 1xx, 2xx, 3xx, 4xx oder 5xx.</translation>
    </message>
    <message>
        <source>--%1 needs a time such as 2024-05-01T12:00:00Z.</source>
        <translation>--%1 erfordert eine Zeitangabe wie 2024-05-01T12:00:00Z.</translation>
    </message>
    <message>
        <source>More entries: add --before %1.</source>
        <translation>Weitere Einträge: --before %1 anhängen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an entry id.</source>
        <translation>&apos;%1&apos; ist keine Eintrags-ID.</translation>
    </message>
    <message>
        <source>The HAR file %1 could not be written: %2.</source>
        <translation>Die HAR-Datei %1 konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n exchange(s) to %1.</source>
        <translation>
            <numerusform>%n Austausch nach %1 exportiert.</numerusform>
            <numerusform>%n Austausche nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Browse the request history of the workspace.
  history list [filters]            newest first, one line per entry
  history search WORDS [filters]    full-text search
  history show ID [--body]          one entry in full
  history export --har FILE [ID...] [--query WORDS] [filters]
  history clear                     delete the whole history</source>
        <translation>Den Anfrageverlauf des Arbeitsbereichs durchsehen.
  history list [Filter]             neueste zuerst, eine Zeile pro Eintrag
  history search WORDS [Filter]     Volltextsuche
  history show ID [--body]          ein Eintrag vollständig
  history export --har FILE [ID...] [--query WORDS] [Filter]
  history clear                     gesamten Verlauf löschen</translation>
    </message>
    <message>
        <source>list, search, show, export or clear</source>
        <translation>list, search, show, export oder clear</translation>
    </message>
    <message>
        <source>Say what to do with the history: list, search, show, export or clear.</source>
        <translation>Angeben, was mit dem Verlauf geschehen soll: list, search, show, export oder clear.</translation>
    </message>
    <message>
        <source>Usage: history show ID | search WORDS | export --har FILE [ID...].</source>
        <translation>Aufruf: history show ID | search WORDS | export --har FILE [ID...].</translation>
    </message>
    <message numerus="yes">
        <source>Cleared the history (%n entries).</source>
        <translation>
            <numerusform>Verlauf gelöscht (%n Eintrag).</numerusform>
            <numerusform>Verlauf gelöscht (%n Einträge).</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a Postman collection (v2.0, v2.1), a Postman environment, a curl command or a HAR archive into the workspace. FILE - reads standard input.</source>
        <translation>Eine Postman-Sammlung (v2.0, v2.1), eine Postman-Umgebung, einen curl-Befehl oder ein HAR-Archiv in den Arbeitsbereich importieren. FILE - liest die Standardeingabe.</translation>
    </message>
    <message>
        <source>auto (default), postman, environment, curl or har.</source>
        <translation>auto (Standard), postman, environment, curl oder har.</translation>
    </message>
    <message>
        <source>Name of the new collection (curl and har).</source>
        <translation>Name der neuen Sammlung (curl und har).</translation>
    </message>
    <message>
        <source>The file to import, or -.</source>
        <translation>Die zu importierende Datei oder -.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>--format takes auto, postman, environment, curl or har.</source>
        <translation>--format akzeptiert auto, postman, environment, curl oder har.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message numerus="yes">
        <source>Imported environment “%1” with %n variable(s) as %2.</source>
        <translation>
            <numerusform>Umgebung „%1“ mit %n Variable als %2 importiert.</numerusform>
            <numerusform>Umgebung „%1“ mit %n Variablen als %2 importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported collection “%1” with %n request(s) as %2.</source>
        <translation>
            <numerusform>Sammlung „%1“ mit %n Anfrage als %2 importiert.</numerusform>
            <numerusform>Sammlung „%1“ mit %n Anfragen als %2 importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Listen on PORT (TCP, TLS or UDP): what clients send is written to standard output, and standard input is sent to every connected client (UDP: to the last sender). Without --keep-open a TCP listener ends when its first client has gone.
Exit codes: 0 done, 2 usage (or the port is in use), 3 network failure, 5 TLS failure, 6 a certificate or key file could not be read.</source>
        <translation>Auf PORT lauschen (TCP, TLS oder UDP): Was Clients senden, wird in die Standardausgabe geschrieben, und die Standardeingabe wird an jeden verbundenen Client gesendet (UDP: an den letzten Absender). Ohne --keep-open endet ein TCP-Listener, sobald sein erster Client getrennt ist.
Exit-Codes: 0 fertig, 2 Aufruffehler (oder der Port ist belegt), 3 Netzwerkfehler, 5 TLS-Fehler, 6 eine Zertifikats- oder Schlüsseldatei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Port number (0 picks a free one).</source>
        <translation>Portnummer (0 wählt einen freien Port).</translation>
    </message>
    <message>
        <source>Receive UDP datagrams.</source>
        <translation>UDP-Datagramme empfangen.</translation>
    </message>
    <message>
        <source>Accept TLS clients (needs --cert and --key).</source>
        <translation>TLS-Clients annehmen (erfordert --cert und --key).</translation>
    </message>
    <message>
        <source>The server certificate (PEM).</source>
        <translation>Das Serverzertifikat (PEM).</translation>
    </message>
    <message>
        <source>The server&apos;s private key (PEM).</source>
        <translation>Der private Schlüssel des Servers (PEM).</translation>
    </message>
    <message>
        <source>Listen on &lt;address&gt; only (default: every address).</source>
        <translation>Nur auf &lt;address&gt; lauschen (Standard: alle Adressen).</translation>
    </message>
    <message>
        <source>Keep accepting clients after the first has gone.</source>
        <translation>Weitere Clients annehmen, nachdem der erste getrennt ist.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port: use a number from 0 to 65535.</source>
        <translation>&apos;%1&apos; ist kein Port: eine Zahl von 0 bis 65535 angeben.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address.</source>
        <translation>&apos;%1&apos; ist keine IP-Adresse.</translation>
    </message>
    <message>
        <source>--udp and --tls cannot be combined.</source>
        <translation>--udp und --tls können nicht kombiniert werden.</translation>
    </message>
    <message>
        <source>--tls needs --cert and --key.</source>
        <translation>--tls erfordert --cert und --key.</translation>
    </message>
    <message>
        <source>Send N requests over C keep-alive connections and print the rate, latency percentiles and statuses.</source>
        <translation>N Anfragen über C Keep-Alive-Verbindungen senden und Rate, Latenz-Perzentile und Statuscodes ausgeben.</translation>
    </message>
    <message>
        <source>The URL.</source>
        <translation>Die URL.</translation>
    </message>
    <message>
        <source>Number of requests (default 1000).</source>
        <translation>Anzahl der Anfragen (Standard: 1000).</translation>
    </message>
    <message>
        <source>Connections used at once (default 1).</source>
        <translation>Gleichzeitig genutzte Verbindungen (Standard: 1).</translation>
    </message>
    <message>
        <source>Stop starting requests after this many seconds (default 300).</source>
        <translation>Nach so vielen Sekunden keine neuen Anfragen mehr starten (Standard: 300).</translation>
    </message>
    <message>
        <source>&apos;text&apos; (default) or &apos;json&apos;.</source>
        <translation>&apos;text&apos; (Standard) oder &apos;json&apos;.</translation>
    </message>
    <message>
        <source>Requests: %1 over %2 connections in %3 s</source>
        <translation>Anfragen: %1 über %2 Verbindungen in %3 s</translation>
    </message>
    <message>
        <source>Requests per second: %1</source>
        <translation>Anfragen pro Sekunde: %1</translation>
    </message>
    <message>
        <source>Latency ms: p50 %1  p90 %2  p99 %3  max %4</source>
        <translation>Latenz ms: p50 %1  p90 %2  p99 %3  max %4</translation>
    </message>
    <message>
        <source>Status %1: %2</source>
        <translation>Status %1: %2</translation>
    </message>
    <message>
        <source>Errors (%1): %2</source>
        <translation>Fehler (%1): %2</translation>
    </message>
    <message>
        <source>First error: %1</source>
        <translation>Erster Fehler: %1</translation>
    </message>
    <message>
        <source>The data file &apos;%1&apos; could not be read: check the path.</source>
        <translation>Die Datendatei &apos;%1&apos; konnte nicht gelesen werden: Pfad prüfen.</translation>
    </message>
    <message>
        <source>--%1 needs a number of seconds, not &apos;%2&apos;.</source>
        <translation>--%1 erfordert eine Anzahl Sekunden, nicht &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Send one HTTP request and print the response body.</source>
        <translation>Eine HTTP-Anfrage senden und den Antwort-Body ausgeben.</translation>
    </message>
    <message>
        <source>Write the body to this file.</source>
        <translation>Den Body in diese Datei schreiben.</translation>
    </message>
    <message>
        <source>Print the response head before the body.</source>
        <translation>Den Antwortkopf vor dem Body ausgeben.</translation>
    </message>
    <message>
        <source>Send HEAD and print the response head.</source>
        <translation>HEAD senden und den Antwortkopf ausgeben.</translation>
    </message>
    <message>
        <source>Print no error messages.</source>
        <translation>Keine Fehlermeldungen ausgeben.</translation>
    </message>
    <message>
        <source>Print the bytes sent and received, TLS details and timings to standard error.</source>
        <translation>Gesendete und empfangene Bytes, TLS-Details und Zeitmessungen in die Standardfehlerausgabe schreiben.</translation>
    </message>
    <message>
        <source>Exit with code 1 when the status is 400 or above.</source>
        <translation>Mit Code 1 beenden, wenn der Status 400 oder höher ist.</translation>
    </message>
    <message>
        <source>&apos;text&apos; (default) or &apos;json&apos; for scripts.</source>
        <translation>&apos;text&apos; (Standard) oder &apos;json&apos; für Skripte.</translation>
    </message>
    <message>
        <source>Give exactly one URL, for example: wirebench-cli send http://127.0.0.1:8080/</source>
        <translation>Genau eine URL angeben, zum Beispiel: wirebench-cli send http://127.0.0.1:8080/</translation>
    </message>
    <message>
        <source>--output-format is &apos;text&apos; or &apos;json&apos;.</source>
        <translation>--output-format ist &apos;text&apos; oder &apos;json&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port: use a number from 1 to 65535.</source>
        <translation>&apos;%1&apos; ist kein Port: eine Zahl von 1 bis 65535 angeben.</translation>
    </message>
    <message>
        <source>--wait needs a number of seconds.</source>
        <translation>--wait erfordert eine Anzahl Sekunden.</translation>
    </message>
    <message>
        <source>--repeat needs a count of 0 or more, and --send.</source>
        <translation>--repeat erfordert eine Anzahl von 0 oder mehr sowie --send.</translation>
    </message>
    <message>
        <source>--interval needs a number of milliseconds.</source>
        <translation>--interval erfordert eine Anzahl Millisekunden.</translation>
    </message>
    <message>
        <source>Could not write to standard output; stopping.</source>
        <translation>Schreiben in die Standardausgabe fehlgeschlagen; Abbruch.</translation>
    </message>
    <message>
        <source>Connect to HOST PORT over TCP: standard input is sent, what arrives is written to standard output. When the input ends, the sending side is shut down and the command ends once the peer closes.
Exit codes: 0 closed normally, 2 usage, 3 refused, reset or DNS failure, 4 timeout, 6 output failed.</source>
        <translation>Über TCP mit HOST PORT verbinden: Die Standardeingabe wird gesendet, was ankommt, wird in die Standardausgabe geschrieben. Endet die Eingabe, wird die Senderichtung geschlossen, und der Befehl endet, sobald die Gegenseite schließt.
Exit-Codes: 0 normal geschlossen, 2 Aufruffehler, 3 abgelehnt, zurückgesetzt oder DNS-Fehler, 4 Zeitüberschreitung, 6 Ausgabe fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Host name or address.</source>
        <translation>Hostname oder Adresse.</translation>
    </message>
    <message>
        <source>Port number.</source>
        <translation>Portnummer.</translation>
    </message>
    <message>
        <source>--key needs --cert.</source>
        <translation>--key erfordert --cert.</translation>
    </message>
    <message>
        <source>Connect to HOST PORT over TLS: standard input is sent, what arrives is written to standard output. Certificate problems are explained on standard error. Once the input ends, the command closes after 2 seconds without incoming data (--wait).
Exit codes: 0 closed normally, 2 usage, 3 refused, reset or DNS failure, 4 timeout, 5 TLS handshake or certificate verification failed, 6 a file could not be read.</source>
        <translation>Über TLS mit HOST PORT verbinden: Die Standardeingabe wird gesendet, was ankommt, wird in die Standardausgabe geschrieben. Zertifikatsprobleme werden in der Standardfehlerausgabe erklärt. Nach dem Ende der Eingabe schließt der Befehl nach 2 Sekunden ohne eingehende Daten (--wait).
Exit-Codes: 0 normal geschlossen, 2 Aufruffehler, 3 abgelehnt, zurückgesetzt oder DNS-Fehler, 4 Zeitüberschreitung, 5 TLS-Handshake oder Zertifikatsprüfung fehlgeschlagen, 6 eine Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Send UDP datagrams to HOST PORT: each read from standard input (at most 65,507 bytes) is one datagram; datagrams that come back are written to standard output. Once the input ends, the command stops after 2 seconds without incoming datagrams (--wait).
Exit codes: 0 done, 2 usage, 3 network or DNS failure.</source>
        <translation>UDP-Datagramme an HOST PORT senden: Jeder Lesevorgang aus der Standardeingabe (höchstens 65.507 Bytes) ergibt ein Datagramm; zurückkommende Datagramme werden in die Standardausgabe geschrieben. Nach dem Ende der Eingabe stoppt der Befehl nach 2 Sekunden ohne eingehende Datagramme (--wait).
Exit-Codes: 0 fertig, 2 Aufruffehler, 3 Netzwerk- oder DNS-Fehler.</translation>
    </message>
    <message>
        <source>Send from (and receive on) local port &lt;port&gt;.</source>
        <translation>Vom lokalen Port &lt;port&gt; senden (und dort empfangen).</translation>
    </message>
    <message>
        <source>Open a WebSocket to HOST PORT (or to a ws:// or wss:// URL given as HOST): each line of standard input is sent as a text message, and each message that arrives is written to standard output followed by a newline. Once the input ends, the command closes (code 1000) after 2 seconds without incoming messages (--wait).
Exit codes: 0 closed normally, 2 usage, 3 refused, reset, DNS or handshake failure, 4 timeout, 5 TLS failure, 6 a file could not be read.</source>
        <translation>Eine WebSocket-Verbindung zu HOST PORT öffnen (oder zu einer als HOST angegebenen ws://- oder wss://-URL): Jede Zeile der Standardeingabe wird als Textnachricht gesendet, und jede ankommende Nachricht wird, gefolgt von einem Zeilenumbruch, in die Standardausgabe geschrieben. Nach dem Ende der Eingabe schließt der Befehl (Code 1000) nach 2 Sekunden ohne eingehende Nachrichten (--wait).
Exit-Codes: 0 normal geschlossen, 2 Aufruffehler, 3 abgelehnt, zurückgesetzt, DNS- oder Handshake-Fehler, 4 Zeitüberschreitung, 5 TLS-Fehler, 6 eine Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Host name or address, or a URL.</source>
        <translation>Hostname oder Adresse oder eine URL.</translation>
    </message>
    <message>
        <source>Port number (omit with a URL).</source>
        <translation>Portnummer (bei einer URL weglassen).</translation>
    </message>
    <message>
        <source>Request &lt;path&gt; (default /).</source>
        <translation>&lt;path&gt; anfordern (Standard: /).</translation>
    </message>
    <message>
        <source>Use wss:// (TLS).</source>
        <translation>wss:// (TLS) verwenden.</translation>
    </message>
    <message>
        <source>Send standard input as binary messages, one per read, instead of one text message per line.</source>
        <translation>Standardeingabe als Binärnachrichten senden, eine pro Lesevorgang, statt einer Textnachricht pro Zeile.</translation>
    </message>
    <message>
        <source>Send a ping once open and print the pong&apos;s round trip.</source>
        <translation>Nach dem Öffnen einen Ping senden und die Umlaufzeit des Pongs ausgeben.</translation>
    </message>
    <message>
        <source>Close with &lt;code&gt; instead of 1000.</source>
        <translation>Mit &lt;code&gt; statt 1000 schließen.</translation>
    </message>
    <message>
        <source>--close-code needs a code from 1000 to 4999.</source>
        <translation>--close-code erfordert einen Code von 1000 bis 4999.</translation>
    </message>
    <message>
        <source>pong after %1 ms</source>
        <translation>Pong nach %1 ms</translation>
    </message>
    <message>
        <source>The server closed with code %1.</source>
        <translation>Der Server hat mit Code %1 geschlossen.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>%1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 requests are named &apos;%2&apos;: give the path, one of: %3.</source>
        <translation>%1 Anfragen heißen &apos;%2&apos;: den Pfad angeben, einen von: %3.</translation>
    </message>
    <message>
        <source>The collection has no request &apos;%1&apos;. Its requests: %2.</source>
        <translation>Die Sammlung hat keine Anfrage &apos;%1&apos;. Ihre Anfragen: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>The URL (http:// is assumed); none with --collection.</source>
        <translation>Die URL (http:// wird angenommen); keine bei --collection.</translation>
    </message>
    <message>
        <source>Give no URL with --collection: the request has its own.</source>
        <translation>Bei --collection keine URL angeben: Die Anfrage hat ihre eigene.</translation>
    </message>
    <message>
        <source>--env, --globals and --var go with --collection.</source>
        <translation>--env, --globals und --var gelten nur zusammen mit --collection.</translation>
    </message>
    <message>
        <source>{{%1}} has no value; it is sent as written.</source>
        <translation>{{%1}} hat keinen Wert und wird unverändert gesendet.</translation>
    </message>
    <message>
        <source>HTTP/2 streams in flight per connection (default 1).</source>
        <translation>HTTP/2-Streams gleichzeitig je Verbindung (Standard 1).</translation>
    </message>
    <message>
        <source>Give one URL, -n, -c and -m as positive numbers, for example: wirebench-cli load http://127.0.0.1:8080/ -n 1000 -c 10</source>
        <translation>Geben Sie eine URL an und -n, -c und -m als positive Zahlen, zum Beispiel: wirebench-cli load http://127.0.0.1:8080/ -n 1000 -c 10</translation>
    </message>
    <message>
        <source>When the workspace already holds this collection or environment, replace it.</source>
        <translation>Wenn der Arbeitsbereich diese Sammlung oder Umgebung schon enthält, sie ersetzen.</translation>
    </message>
    <message>
        <source>When the workspace already holds this collection or environment, import a copy beside it.</source>
        <translation>Wenn der Arbeitsbereich diese Sammlung oder Umgebung schon enthält, eine Kopie daneben importieren.</translation>
    </message>
    <message>
        <source>Give --replace or --as-copy, not both.</source>
        <translation>--replace oder --as-copy angeben, nicht beides.</translation>
    </message>
    <message>
        <source>Usage: import FILE [--format auto|postman|environment|curl|har] [--replace | --as-copy].</source>
        <translation>Aufruf: import FILE [--format auto|postman|environment|curl|har] [--replace | --as-copy].</translation>
    </message>
    <message>
        <source>The workspace already holds the environment “%1” (%2). Run the import again with --replace to replace it (edits made to it since are lost) or with --as-copy to import a copy beside it.</source>
        <translation>Der Arbeitsbereich enthält die Umgebung „%1“ (%2) bereits. Führen Sie den Import mit --replace erneut aus, um sie zu ersetzen (seitdem daran vorgenommene Änderungen gehen verloren), oder mit --as-copy, um eine Kopie daneben zu importieren.</translation>
    </message>
    <message numerus="yes">
        <source>Replaced environment “%1” with %n variable(s) as %2.</source>
        <translation>
            <numerusform>Umgebung „%1“ mit %n Variable als %2 ersetzt.</numerusform>
            <numerusform>Umgebung „%1“ mit %n Variablen als %2 ersetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace already holds the collection “%1” (%2). Run the import again with --replace to replace it (edits made to it since are lost) or with --as-copy to import a copy beside it.</source>
        <translation>Der Arbeitsbereich enthält die Sammlung „%1“ (%2) bereits. Führen Sie den Import mit --replace erneut aus, um sie zu ersetzen (seitdem daran vorgenommene Änderungen gehen verloren), oder mit --as-copy, um eine Kopie daneben zu importieren.</translation>
    </message>
    <message numerus="yes">
        <source>Replaced collection “%1” with %n request(s) as %2.</source>
        <translation>
            <numerusform>Sammlung „%1“ mit %n Anfrage als %2 ersetzt.</numerusform>
            <numerusform>Sammlung „%1“ mit %n Anfragen als %2 ersetzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported collection “%1” with %n request(s) as a copy, %2.</source>
        <translation>
            <numerusform>Sammlung „%1“ mit %n Anfrage als Kopie importiert, %2.</numerusform>
            <numerusform>Sammlung „%1“ mit %n Anfragen als Kopie importiert, %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the exchange in the workspace&apos;s history (to open it in the window later); the setting history/recordCliSends makes this the default.</source>
        <translation>Den Austausch im Verlauf des Arbeitsbereichs behalten (um ihn später im Fenster zu öffnen); die Einstellung history/recordCliSends macht dies zum Standard.</translation>
    </message>
    <message>
        <source>Do not keep the exchange in the history.</source>
        <translation>Den Austausch nicht im Verlauf behalten.</translation>
    </message>
    <message>
        <source>The exchange could not be kept in the history: %1</source>
        <translation>Der Austausch konnte nicht im Verlauf behalten werden: %1</translation>
    </message>
    <message>
        <source>Kept in the history as entry %1 (wirebench-cli history show %1).</source>
        <translation>Im Verlauf als Eintrag %1 behalten (wirebench-cli history show %1).</translation>
    </message>
</context>
<context>
    <name>wb::cli::HistoryPrinter</name>
    <message>
        <source>Entry %1, %2
</source>
        <translation>Eintrag %1, %2
</translation>
    </message>
    <message>
        <source>Started %1, ended %2
</source>
        <translation>Gestartet %1, beendet %2
</translation>
    </message>
    <message>
        <source>Error: %1
</source>
        <translation>Fehler: %1
</translation>
    </message>
    <message>
        <source>Hop %1 of %2: %3 %4
</source>
        <translation>Schritt %1 von %2: %3 %4
</translation>
    </message>
    <message>
        <source>Remote %1:%2, local %3:%4%5
</source>
        <translation>Gegenstelle %1:%2, lokal %3:%4%5
</translation>
    </message>
    <message>
        <source>, reused connection</source>
        <translation>, wiederverwendete Verbindung</translation>
    </message>
    <message numerus="yes">
        <source>[request body: %n byte(s)]
</source>
        <translation>
            <numerusform>[Anfrage-Body: %n Byte]
</numerusform>
            <numerusform>[Anfrage-Body: %n Bytes]
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[response body: %n byte(s)]
</source>
        <translation>
            <numerusform>[Antwort-Body: %n Byte]
</numerusform>
            <numerusform>[Antwort-Body: %n Bytes]
</numerusform>
        </translation>
    </message>
    <message>
        <source>Timings: dns %1, connect %2, tls %3, send %4, wait %5, download %6, total %7
</source>
        <translation>Zeiten: DNS %1, Verbindung %2, TLS %3, Senden %4, Warten %5, Download %6, gesamt %7
</translation>
    </message>
    <message>
        <source>TLS: %1 %2, ALPN %3, SNI %4
</source>
        <translation>TLS: %1 %2, ALPN %3, SNI %4
</translation>
    </message>
    <message>
        <source>  certificate %1 issued by %2
</source>
        <translation>  Zertifikat %1, ausgestellt von %2
</translation>
    </message>
    <message>
        <source>  verification: %1
</source>
        <translation>  Prüfung: %1
</translation>
    </message>
    <message>
        <source>Warning: %1
</source>
        <translation>Warnung: %1
</translation>
    </message>
</context>
<context>
    <name>wb::cli::Options</name>
    <message>
        <source>Show at most &lt;n&gt; entries (default 50).</source>
        <translation>Höchstens &lt;n&gt; Einträge anzeigen (Standard: 50).</translation>
    </message>
    <message>
        <source>Only entries older than entry &lt;id&gt; (the next page).</source>
        <translation>Nur Einträge, die älter als Eintrag &lt;id&gt; sind (die nächste Seite).</translation>
    </message>
    <message>
        <source>Only this request method.</source>
        <translation>Nur diese Anfragemethode.</translation>
    </message>
    <message>
        <source>Only this status class: 1xx, 2xx, 3xx, 4xx or 5xx.</source>
        <translation>Nur diese Statusklasse: 1xx, 2xx, 3xx, 4xx oder 5xx.</translation>
    </message>
    <message>
        <source>Only requests to this host.</source>
        <translation>Nur Anfragen an diesen Host.</translation>
    </message>
    <message>
        <source>Only entries from this time on (ISO 8601, UTC by default).</source>
        <translation>Nur Einträge ab diesem Zeitpunkt (ISO 8601, standardmäßig UTC).</translation>
    </message>
    <message>
        <source>Only entries before this time (ISO 8601, UTC by default).</source>
        <translation>Nur Einträge vor diesem Zeitpunkt (ISO 8601, standardmäßig UTC).</translation>
    </message>
    <message>
        <source>export: only entries matching these words.</source>
        <translation>export: nur Einträge, die diese Wörter enthalten.</translation>
    </message>
    <message>
        <source>export: write a HAR 1.2 file.</source>
        <translation>export: eine HAR-1.2-Datei schreiben.</translation>
    </message>
    <message>
        <source>show: print the response body too.</source>
        <translation>show: auch den Antwort-Body ausgeben.</translation>
    </message>
</context>
<context>
    <name>wb::cli::SendArgs</name>
    <message>
        <source>Method to send (any token).</source>
        <translation>Zu sendende Methode (beliebiges Token).</translation>
    </message>
    <message>
        <source>Header line &apos;Name: value&apos; (repeatable; sent in order and case as given).</source>
        <translation>Header-Zeile &apos;Name: Wert&apos; (wiederholbar; wird in angegebener Reihenfolge und Schreibweise gesendet).</translation>
    </message>
    <message>
        <source>Body data, or @file (newlines removed); repeated -d are joined with &apos;&amp;&apos;. Implies POST and x-www-form-urlencoded.</source>
        <translation>Body-Daten oder @file (Zeilenumbrüche entfernt); mehrere -d werden mit &apos;&amp;&apos; verbunden. Impliziert POST und x-www-form-urlencoded.</translation>
    </message>
    <message>
        <source>Body data sent as is, or @file streamed from disk.</source>
        <translation>Body-Daten, unverändert gesendet, oder @file, direkt vom Datenträger gestreamt.</translation>
    </message>
    <message>
        <source>JSON body (or @file); sets Content-Type and Accept.</source>
        <translation>JSON-Body (oder @file); setzt Content-Type und Accept.</translation>
    </message>
    <message>
        <source>Multipart field name=value, or name=@file[;type=mime] (repeatable).</source>
        <translation>Multipart-Feld name=value oder name=@file[;type=mime] (wiederholbar).</translation>
    </message>
    <message>
        <source>Credentials user:password (Basic).</source>
        <translation>Zugangsdaten Benutzer:Passwort (Basic).</translation>
    </message>
    <message>
        <source>Use Digest authentication with -u.</source>
        <translation>Digest-Authentifizierung mit -u verwenden.</translation>
    </message>
    <message>
        <source>Follow redirects.</source>
        <translation>Weiterleitungen folgen.</translation>
    </message>
    <message>
        <source>Most redirects to follow (default 10).</source>
        <translation>Maximale Anzahl zu folgender Weiterleitungen (Standard: 10).</translation>
    </message>
    <message>
        <source>Do not verify the server&apos;s certificate (errors are still reported with -v).</source>
        <translation>Das Serverzertifikat nicht prüfen (Fehler werden mit -v weiterhin gemeldet).</translation>
    </message>
    <message>
        <source>Trust the CA certificates in this PEM file too.</source>
        <translation>Auch den CA-Zertifikaten in dieser PEM-Datei vertrauen.</translation>
    </message>
    <message>
        <source>Client certificate: PEM, or PKCS#12 (.p12/.pfx); &apos;file:password&apos; as curl.</source>
        <translation>Client-Zertifikat: PEM oder PKCS#12 (.p12/.pfx); &apos;Datei:Passwort&apos; wie bei curl.</translation>
    </message>
    <message>
        <source>Private key (PEM) of the client certificate.</source>
        <translation>Privater Schlüssel (PEM) des Client-Zertifikats.</translation>
    </message>
    <message>
        <source>Password of the key or PKCS#12 file.</source>
        <translation>Passwort des Schlüssels oder der PKCS#12-Datei.</translation>
    </message>
    <message>
        <source>Proxy http://host:port or socks5://host:port (&apos;none&apos; for none; default: http_proxy, https_proxy, no_proxy).</source>
        <translation>Proxy http://host:port oder socks5://host:port (&apos;none&apos; für keinen; Standard: http_proxy, https_proxy, no_proxy).</translation>
    </message>
    <message>
        <source>Total time limit in seconds.</source>
        <translation>Gesamtzeitlimit in Sekunden.</translation>
    </message>
    <message>
        <source>Connect time limit in seconds.</source>
        <translation>Zeitlimit für den Verbindungsaufbau in Sekunden.</translation>
    </message>
    <message>
        <source>Longest silence from the server, in seconds.</source>
        <translation>Maximale Zeit ohne Daten vom Server, in Sekunden.</translation>
    </message>
    <message>
        <source>Ask for a compressed response and decode it (the default).</source>
        <translation>Komprimierte Antwort anfordern und dekodieren (Standard).</translation>
    </message>
    <message>
        <source>Do not decode Content-Encoding.</source>
        <translation>Content-Encoding nicht dekodieren.</translation>
    </message>
    <message>
        <source>Treat tolerated protocol deviations as errors.</source>
        <translation>Tolerierte Protokollabweichungen als Fehler behandeln.</translation>
    </message>
    <message>
        <source>The header &apos;%1&apos; has no name: write it as &apos;Name: value&apos;.</source>
        <translation>Der Header &apos;%1&apos; hat keinen Namen: als &apos;Name: Wert&apos; schreiben.</translation>
    </message>
    <message>
        <source>The data file &apos;%1&apos; could not be read: check the path.</source>
        <translation>Die Datendatei &apos;%1&apos; konnte nicht gelesen werden: Pfad prüfen.</translation>
    </message>
    <message>
        <source>The form field &apos;%1&apos; needs the form name=value or name=@file.</source>
        <translation>Das Formularfeld &apos;%1&apos; muss die Form name=value oder name=@file haben.</translation>
    </message>
    <message>
        <source>The form file &apos;%1&apos; could not be read: check the path.</source>
        <translation>Die Formulardatei &apos;%1&apos; konnte nicht gelesen werden: Pfad prüfen.</translation>
    </message>
    <message>
        <source>Use HTTP/1.1 only (ALPN offers http/1.1 alone).</source>
        <translation>Nur HTTP/1.1 verwenden (ALPN bietet nur http/1.1 an).</translation>
    </message>
    <message>
        <source>Use HTTP/2 only: over TLS the server must agree to h2 by ALPN; for http:// URLs HTTP/2 with prior knowledge (h2c).</source>
        <translation>Nur HTTP/2 verwenden: über TLS muss der Server per ALPN h2 zustimmen; für http://-URLs HTTP/2 mit Vorwissen (h2c).</translation>
    </message>
    <message>
        <source>Speak HTTP/2 at once on cleartext http:// (h2c), without an upgrade.</source>
        <translation>Auf unverschlüsseltem http:// sofort HTTP/2 sprechen (h2c), ohne Upgrade.</translation>
    </message>
    <message>
        <source>Give only one of --http1.1, --http2 and --http2-prior-knowledge.</source>
        <translation>Geben Sie nur eine der Optionen --http1.1, --http2 und --http2-prior-knowledge an.</translation>
    </message>
</context>
<context>
    <name>wb::cli::SendCollection</name>
    <message>
        <source>Send a request of this Postman collection file; -X/--request then names the request (Folder/Request).</source>
        <translation>Eine Anfrage aus dieser Postman-Sammlungsdatei senden; -X/--request benennt dann die Anfrage (Ordner/Anfrage).</translation>
    </message>
    <message>
        <source>Postman environment file for --collection.</source>
        <translation>Postman-Umgebungsdatei für --collection.</translation>
    </message>
    <message>
        <source>Postman globals file for --collection.</source>
        <translation>Datei mit globalen Postman-Variablen für --collection.</translation>
    </message>
    <message>
        <source>Variable NAME=VALUE for --collection, stronger than the environment (repeatable).</source>
        <translation>Variable NAME=VALUE für --collection, hat Vorrang vor der Umgebung (wiederholbar).</translation>
    </message>
    <message>
        <source>Name the request to send with --request, for example --request &quot;Users/Create user&quot;.</source>
        <translation>Die zu sendende Anfrage mit --request angeben, zum Beispiel --request &quot;Users/Create user&quot;.</translation>
    </message>
    <message>
        <source>--var needs NAME=VALUE, not &apos;%1&apos;.</source>
        <translation>--var erfordert NAME=VALUE, nicht &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>wb::cli::StdioOptions</name>
    <message>
        <source>Write what arrives as a hex dump (offset, hex bytes, ASCII).</source>
        <translation>Ankommende Daten als Hexdump schreiben (Offset, Hex-Bytes, ASCII).</translation>
    </message>
    <message>
        <source>Send &lt;text&gt; (escapes \r \n \t \0 \xNN \\) instead of reading standard input.</source>
        <translation>&lt;text&gt; senden (Escapes \r \n \t \0 \xNN \\) statt die Standardeingabe zu lesen.</translation>
    </message>
    <message>
        <source>With --send: send it &lt;count&gt; times (0 = until interrupted).</source>
        <translation>Mit --send: &lt;count&gt;-mal senden (0 = bis zur Unterbrechung).</translation>
    </message>
    <message>
        <source>With --repeat: wait &lt;ms&gt; between sends (0 = as fast as possible).</source>
        <translation>Mit --repeat: &lt;ms&gt; zwischen den Sendevorgängen warten (0 = so schnell wie möglich).</translation>
    </message>
    <message>
        <source>Once the input has ended, close after &lt;seconds&gt; without incoming data.</source>
        <translation>Nach dem Ende der Eingabe schließen, wenn &lt;seconds&gt; lang keine Daten eingehen.</translation>
    </message>
    <message>
        <source>Give up connecting after &lt;seconds&gt; (default 15).</source>
        <translation>Verbindungsaufbau nach &lt;seconds&gt; aufgeben (Standard: 15).</translation>
    </message>
    <message>
        <source>Send each input line ending as CRLF.</source>
        <translation>Jedes Zeilenende der Eingabe als CRLF senden.</translation>
    </message>
    <message>
        <source>Print connection events on standard error.</source>
        <translation>Verbindungsereignisse in der Standardfehlerausgabe ausgeben.</translation>
    </message>
</context>
<context>
    <name>wb::cli::TlsClientOptions</name>
    <message>
        <source>Also trust the CA certificates in &lt;file&gt; (PEM).</source>
        <translation>Auch den CA-Zertifikaten in &lt;file&gt; (PEM) vertrauen.</translation>
    </message>
    <message>
        <source>Connect even if the server&apos;s certificate cannot be verified (the reasons are still printed).</source>
        <translation>Auch verbinden, wenn das Serverzertifikat nicht geprüft werden kann (die Gründe werden trotzdem ausgegeben).</translation>
    </message>
    <message>
        <source>Present the client certificate in &lt;file&gt; (PEM, or PKCS#12 with --key left out and WIREBENCH_P12_PASSWORD set).</source>
        <translation>Das Client-Zertifikat in &lt;file&gt; vorlegen (PEM oder PKCS#12, wenn --key weggelassen und WIREBENCH_P12_PASSWORD gesetzt ist).</translation>
    </message>
    <message>
        <source>The private key of --cert (PEM).</source>
        <translation>Der private Schlüssel zu --cert (PEM).</translation>
    </message>
    <message>
        <source>Send &lt;name&gt; by SNI and verify the certificate against it.</source>
        <translation>&lt;name&gt; per SNI senden und das Zertifikat dagegen prüfen.</translation>
    </message>
</context>
<context>
    <name>wb::http</name>
    <message>
        <source>The file &apos;%1&apos; could not be written: check the folder exists and is writable.</source>
        <translation>Die Datei &apos;%1&apos; konnte nicht geschrieben werden: prüfen, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>A large body could not be saved to a temporary file: free some disk space.</source>
        <translation>Ein großer Body konnte nicht in einer temporären Datei gespeichert werden: Speicherplatz freigeben.</translation>
    </message>
    <message>
        <source>Writing the body to &apos;%1&apos; failed: free some disk space or choose another file.</source>
        <translation>Schreiben des Bodys nach &apos;%1&apos; fehlgeschlagen: Speicherplatz freigeben oder eine andere Datei wählen.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The proxy &apos;%1&apos; is not understood: give http://host:port or socks5://host:port.</source>
        <translation>Der Proxy &apos;%1&apos; wird nicht verstanden: http://host:port oder socks5://host:port angeben.</translation>
    </message>
    <message>
        <source>The request has no method: type one such as GET or POST.</source>
        <translation>Die Anfrage hat keine Methode: eine wie GET oder POST eingeben.</translation>
    </message>
    <message>
        <source>The method &quot;%1&quot; is not a valid HTTP token: use letters, digits and !#$%&amp;&apos;*+-.^_`|~ only.</source>
        <translation>Die Methode „%1“ ist kein gültiges HTTP-Token: nur Buchstaben, Ziffern und !#$%&amp;&apos;*+-.^_`|~ verwenden.</translation>
    </message>
    <message>
        <source>The header name &quot;%1&quot; is not a valid HTTP token: remove spaces, colons and other separators.</source>
        <translation>Der Header-Name „%1“ ist kein gültiges HTTP-Token: Leerzeichen, Doppelpunkte und andere Trennzeichen entfernen.</translation>
    </message>
    <message>
        <source>The value of header &quot;%1&quot; contains a line break, which would end the header early: remove it.</source>
        <translation>Der Wert des Headers „%1“ enthält einen Zeilenumbruch, der den Header vorzeitig beenden würde: Zeilenumbruch entfernen.</translation>
    </message>
    <message>
        <source>The body file &quot;%1&quot; cannot be read: check that it exists and that you may read it.</source>
        <translation>Die Body-Datei „%1“ kann nicht gelesen werden: prüfen, ob sie existiert und lesbar ist.</translation>
    </message>
    <message>
        <source>The IPv6 address in the URL lacks its closing &apos;]&apos;.</source>
        <translation>Der IPv6-Adresse in der URL fehlt die schließende Klammer &apos;]&apos;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv6 address.</source>
        <translation>„%1“ ist keine gültige IPv6-Adresse.</translation>
    </message>
    <message>
        <source>The URL has no host name.</source>
        <translation>Die URL enthält keinen Hostnamen.</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; contains the character &apos;%2&apos;, which host names cannot hold.</source>
        <translation>Der Hostname „%1“ enthält das Zeichen &apos;%2&apos;, das in Hostnamen nicht vorkommen darf.</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; is not a valid domain name.</source>
        <translation>Der Hostname „%1“ ist kein gültiger Domainname.</translation>
    </message>
    <message>
        <source>The response uses the content coding &quot;%1&quot;, which cannot be decoded (gzip, deflate, br and zstd can); the body is kept as received.</source>
        <translation>Die Antwort verwendet die Inhaltskodierung „%1“, die nicht dekodiert werden kann (unterstützt: gzip, deflate, br und zstd); der Body bleibt wie empfangen.</translation>
    </message>
    <message>
        <source>Decoding the %1 body stopped at %2 bytes, the limit against decompression bombs. Raise the limit in the request options or turn content decoding off to see the raw body.</source>
        <translation>Das Dekodieren des %1-Bodys wurde bei %2 Bytes gestoppt, dem Limit gegen Dekompressionsbomben. Das Limit in den Anfrageoptionen erhöhen oder die Inhaltsdekodierung ausschalten, um den Roh-Body zu sehen.</translation>
    </message>
    <message>
        <source>The %1 body is corrupt and cannot be decoded; turn content decoding off to see the raw bytes.</source>
        <translation>Der %1-Body ist beschädigt und kann nicht dekodiert werden; die Inhaltsdekodierung ausschalten, um die Rohbytes zu sehen.</translation>
    </message>
    <message>
        <source>The %1 body ends before its compressed stream does: the response was cut short.</source>
        <translation>Der %1-Body endet vor seinem komprimierten Datenstrom: Die Antwort wurde abgeschnitten.</translation>
    </message>
    <message>
        <source>The server asks for Digest authentication with %1, which is not supported (MD5 and SHA-256 with qop=auth are).</source>
        <translation>Der Server verlangt Digest-Authentifizierung mit %1, was nicht unterstützt wird (unterstützt: MD5 und SHA-256 mit qop=auth).</translation>
    </message>
    <message>
        <source>The server did not offer Digest authentication (it offered: %1); choose another kind of authentication.</source>
        <translation>Der Server bietet keine Digest-Authentifizierung an (angeboten: %1); eine andere Authentifizierungsart wählen.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>The Digest algorithm &quot;%1&quot; is not supported (MD5 and SHA-256 are).</source>
        <translation>Der Digest-Algorithmus „%1“ wird nicht unterstützt (unterstützt: MD5 und SHA-256).</translation>
    </message>
    <message>
        <source>No Digest challenge has been received yet for this request.</source>
        <translation>Für diese Anfrage wurde noch keine Digest-Challenge empfangen.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; of form field &quot;%2&quot; cannot be read: check that it exists and that you may read it.</source>
        <translation>Die Datei „%1“ des Formularfelds „%2“ kann nicht gelesen werden: prüfen, ob sie existiert und lesbar ist.</translation>
    </message>
    <message>
        <source>No usable multipart boundary was found for this form: its text parts contain the boundary.</source>
        <translation>Für dieses Formular wurde keine verwendbare Multipart-Boundary gefunden: Seine Textteile enthalten die Boundary.</translation>
    </message>
    <message>
        <source>The server answered %1 without a Location header, so there is no redirect to follow.</source>
        <translation>Der Server antwortete mit %1 ohne Location-Header, daher gibt es keine Weiterleitung, der gefolgt werden kann.</translation>
    </message>
    <message>
        <source>Stopped after %1 redirects, the limit for this request; the next one pointed to %2. Raise the limit or check for a redirect loop.</source>
        <translation>Nach %1 Weiterleitungen gestoppt, dem Limit für diese Anfrage; die nächste zeigte auf %2. Das Limit erhöhen oder auf eine Weiterleitungsschleife prüfen.</translation>
    </message>
    <message>
        <source>The response does not start with an HTTP status line: byte %1 is 0x%2 where &quot;HTTP/&quot; was expected. Is this an HTTP server (and not, for example, an https or SSH port)?</source>
        <translation>Die Antwort beginnt nicht mit einer HTTP-Statuszeile: Byte %1 ist 0x%2, wo &quot;HTTP/&quot; erwartet wurde. Ist dies ein HTTP-Server (und nicht etwa ein https- oder SSH-Port)?</translation>
    </message>
    <message>
        <source>A chunk size line is longer than %1 bytes; stopped at byte %2 of the response.</source>
        <translation>Eine Chunk-Größenzeile ist länger als %1 Bytes; bei Byte %2 der Antwort gestoppt.</translation>
    </message>
    <message>
        <source>The server sent a header section larger than %1 bytes (the limit); stopped at byte %2 of the response.</source>
        <translation>Der Server hat einen Header-Bereich größer als %1 Bytes (das Limit) gesendet; bei Byte %2 der Antwort gestoppt.</translation>
    </message>
    <message>
        <source>A chunk ends with a bare LF instead of CRLF at byte %1.</source>
        <translation>Ein Chunk endet bei Byte %1 mit einem einzelnen LF statt CRLF.</translation>
    </message>
    <message>
        <source>Chunk data is longer than its size line says: CRLF expected at byte %1, 0x%2 found. The chunked encoding is broken.</source>
        <translation>Chunk-Daten sind länger als in ihrer Größenzeile angegeben: CRLF bei Byte %1 erwartet, 0x%2 gefunden. Die Chunked-Kodierung ist fehlerhaft.</translation>
    </message>
    <message>
        <source>A line ends with a bare LF instead of CRLF at byte %1.</source>
        <translation>Eine Zeile endet bei Byte %1 mit einem einzelnen LF statt CRLF.</translation>
    </message>
    <message>
        <source>A line holds a bare CR at byte %1.</source>
        <translation>Eine Zeile enthält bei Byte %1 ein einzelnes CR.</translation>
    </message>
    <message>
        <source>An empty line precedes the status line at byte %1.</source>
        <translation>Vor der Statuszeile steht bei Byte %1 eine Leerzeile.</translation>
    </message>
    <message>
        <source>(Strict mode treats this as an error.)</source>
        <translation>(Der strikte Modus behandelt dies als Fehler.)</translation>
    </message>
    <message>
        <source>The connection closed before any response byte arrived.</source>
        <translation>Die Verbindung wurde geschlossen, bevor ein Byte der Antwort ankam.</translation>
    </message>
    <message>
        <source>The connection closed in the middle of the response head, after %1 bytes.</source>
        <translation>Die Verbindung wurde mitten im Antwortkopf geschlossen, nach %1 Bytes.</translation>
    </message>
    <message>
        <source>The connection closed after %1 of %2 body bytes.</source>
        <translation>Die Verbindung wurde nach %1 von %2 Body-Bytes geschlossen.</translation>
    </message>
    <message>
        <source>The connection closed before the empty line that ends a chunked body, at byte %1.</source>
        <translation>Die Verbindung wurde bei Byte %1 vor der Leerzeile geschlossen, die einen Chunked-Body beendet.</translation>
    </message>
    <message>
        <source>The connection closed in the middle of a chunked body after %1 body bytes: the last chunk never came.</source>
        <translation>Die Verbindung wurde mitten in einem Chunked-Body nach %1 Body-Bytes geschlossen: Der letzte Chunk kam nie an.</translation>
    </message>
    <message>
        <source>The status line &quot;%1&quot; at byte %2 does not start with an HTTP version such as HTTP/1.1.</source>
        <translation>Die Statuszeile „%1“ bei Byte %2 beginnt nicht mit einer HTTP-Version wie HTTP/1.1.</translation>
    </message>
    <message>
        <source>The server answered with %1 at byte %2; only HTTP/1.x is spoken here.</source>
        <translation>Der Server antwortete bei Byte %2 mit %1; hier wird nur HTTP/1.x unterstützt.</translation>
    </message>
    <message>
        <source>The status line &quot;%1&quot; has extra spaces.</source>
        <translation>Die Statuszeile „%1“ enthält überzählige Leerzeichen.</translation>
    </message>
    <message>
        <source>The status line &quot;%1&quot; at byte %2 has no valid three-digit status code.</source>
        <translation>Die Statuszeile „%1“ bei Byte %2 hat keinen gültigen dreistelligen Statuscode.</translation>
    </message>
    <message>
        <source>The status code %1 at byte %2 is not a valid HTTP status (100 to 999).</source>
        <translation>Der Statuscode %1 bei Byte %2 ist kein gültiger HTTP-Status (100 bis 999).</translation>
    </message>
    <message>
        <source>The status line &quot;%1&quot; lacks the space before the reason phrase.</source>
        <translation>Der Statuszeile „%1“ fehlt das Leerzeichen vor der Reason-Phrase.</translation>
    </message>
    <message>
        <source>The header line at byte %1 starts with whitespace, but no header precedes it.</source>
        <translation>Die Header-Zeile bei Byte %1 beginnt mit Leerraum, aber ihr geht kein Header voraus.</translation>
    </message>
    <message>
        <source>A header value continues on a folded line (obs-fold) at byte %1.</source>
        <translation>Ein Header-Wert wird bei Byte %1 in einer gefalteten Zeile (obs-fold) fortgesetzt.</translation>
    </message>
    <message>
        <source>The header line &quot;%1&quot; at byte %2 has no colon and was ignored.</source>
        <translation>Die Header-Zeile „%1“ bei Byte %2 hat keinen Doppelpunkt und wurde ignoriert.</translation>
    </message>
    <message>
        <source>The header name &quot;%1&quot; at byte %2 is followed by whitespace before its colon.</source>
        <translation>Auf den Header-Namen „%1“ bei Byte %2 folgt Leerraum vor dem Doppelpunkt.</translation>
    </message>
    <message>
        <source>The header name &quot;%1&quot; at byte %2 is not a valid token.</source>
        <translation>Der Header-Name „%1“ bei Byte %2 ist kein gültiges Token.</translation>
    </message>
    <message>
        <source>The value of header &quot;%1&quot; holds a control character at byte %2.</source>
        <translation>Der Wert des Headers „%1“ enthält bei Byte %2 ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>The server sent more than %1 header fields; stopped at byte %2.</source>
        <translation>Der Server hat mehr als %1 Header-Felder gesendet; bei Byte %2 gestoppt.</translation>
    </message>
    <message>
        <source>The server sent more than %1 interim (1xx) responses.</source>
        <translation>Der Server hat mehr als %1 Zwischenantworten (1xx) gesendet.</translation>
    </message>
    <message>
        <source>The response has both Transfer-Encoding and Content-Length (byte %1); Transfer-Encoding was used and the connection is not reused.</source>
        <translation>Die Antwort enthält sowohl Transfer-Encoding als auch Content-Length (Byte %1); Transfer-Encoding wurde verwendet, und die Verbindung wird nicht wiederverwendet.</translation>
    </message>
    <message>
        <source>The Transfer-Encoding header at byte %1 applies chunked more than once.</source>
        <translation>Der Transfer-Encoding-Header bei Byte %1 wendet chunked mehrfach an.</translation>
    </message>
    <message>
        <source>The transfer coding &quot;%1&quot; (byte %2) is not decoded.</source>
        <translation>Die Transferkodierung „%1“ (Byte %2) wird nicht dekodiert.</translation>
    </message>
    <message>
        <source>The Transfer-Encoding header at byte %1 does not end with chunked; the body is read until the connection closes.</source>
        <translation>Der Transfer-Encoding-Header bei Byte %1 endet nicht mit chunked; der Body wird gelesen, bis die Verbindung geschlossen wird.</translation>
    </message>
    <message>
        <source>The Content-Length value &quot;%1&quot; at byte %2 is not a number.</source>
        <translation>Der Content-Length-Wert „%1“ bei Byte %2 ist keine Zahl.</translation>
    </message>
    <message>
        <source>The response has conflicting Content-Length values %1 and %2 (byte %3); its length cannot be known.</source>
        <translation>Die Antwort hat widersprüchliche Content-Length-Werte %1 und %2 (Byte %3); ihre Länge ist nicht bestimmbar.</translation>
    </message>
    <message>
        <source>Content-Length is given %1 times with the same value (byte %2).</source>
        <translation>Content-Length ist %1-mal mit demselben Wert angegeben (Byte %2).</translation>
    </message>
    <message>
        <source>The chunk size line &quot;%1&quot; at byte %2 is not a hexadecimal number.</source>
        <translation>Die Chunk-Größenzeile „%1“ bei Byte %2 ist keine Hexadezimalzahl.</translation>
    </message>
    <message>
        <source>The chunk size &quot;%1&quot; at byte %2 is too large.</source>
        <translation>Die Chunk-Größe „%1“ bei Byte %2 ist zu groß.</translation>
    </message>
    <message>
        <source>The chunk size line at byte %1 ends with whitespace.</source>
        <translation>Die Chunk-Größenzeile bei Byte %1 endet mit Leerraum.</translation>
    </message>
    <message>
        <source>The zone of the IPv6 address &quot;%1&quot; may hold only letters, digits and -._~.</source>
        <translation>Die Zone der IPv6-Adresse „%1“ darf nur Buchstaben, Ziffern und -._~ enthalten.</translation>
    </message>
    <message>
        <source>The URL is empty: type an address such as https://example.com/.</source>
        <translation>Die URL ist leer: eine Adresse wie https://example.com/ eingeben.</translation>
    </message>
    <message>
        <source>The scheme &quot;%1&quot; is not supported: use http:// or https://.</source>
        <translation>Das Schema „%1“ wird nicht unterstützt: http:// oder https:// verwenden.</translation>
    </message>
    <message>
        <source>The host &quot;%1&quot; looks like an IPv6 address: write it in brackets, as in http://[::1]:8080/.</source>
        <translation>Der Host „%1“ sieht wie eine IPv6-Adresse aus: in eckigen Klammern schreiben, wie in http://[::1]:8080/.</translation>
    </message>
    <message>
        <source>The URL has no host name: type one after &quot;%1://&quot;.</source>
        <translation>Die URL enthält keinen Hostnamen: einen nach „%1://“ eingeben.</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a number from 1 to 65535.</source>
        <translation>Der Port „%1“ ist keine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>The server answered with a redirect whose Location header is empty.</source>
        <translation>Der Server antwortete mit einer Weiterleitung, deren Location-Header leer ist.</translation>
    </message>
    <message>
        <source>The server redirected to &quot;%1&quot;, which cannot be followed: %2</source>
        <translation>Der Server leitete auf „%1“ weiter, dem nicht gefolgt werden kann: %2</translation>
    </message>
    <message>
        <source>HTTP/2 with prior knowledge cannot go through the HTTP proxy %1: a forward proxy speaks HTTP/1.1 for http:// URLs. Choose Auto or HTTP/1.1, or a SOCKS5 proxy.</source>
        <translation>HTTP/2 mit Vorwissen kann nicht über den HTTP-Proxy %1 gehen: ein Forward-Proxy spricht für http://-URLs HTTP/1.1. Wählen Sie Automatisch oder HTTP/1.1 oder einen SOCKS5-Proxy.</translation>
    </message>
    <message>
        <source>It was sent %1 times and not processed each time; send it again later.</source>
        <translation>Sie wurde %1-mal gesendet und jedes Mal nicht verarbeitet; senden Sie sie später erneut.</translation>
    </message>
    <message>
        <source>It was not sent again, since %1 is not idempotent: send it again if it should be.</source>
        <translation>Sie wurde nicht erneut gesendet, da %1 nicht idempotent ist: senden Sie sie erneut, wenn das gewollt ist.</translation>
    </message>
</context>
<context>
    <name>wb::http::Connection</name>
    <message>
        <source>The host name &apos;%1&apos; could not be resolved: check its spelling and your network or DNS settings.</source>
        <translation>Der Hostname &apos;%1&apos; konnte nicht aufgelöst werden: Schreibweise sowie Netzwerk- oder DNS-Einstellungen prüfen.</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified: %2. Give its CA certificate, or turn verification off if you trust this server.</source>
        <translation>Das Zertifikat von %1 konnte nicht geprüft werden: %2. Das zugehörige CA-Zertifikat angeben oder, falls der Server vertrauenswürdig ist, die Prüfung ausschalten.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2.</source>
        <translation>Der TLS-Handshake mit %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2 took longer than %3 ms: check that the server is up, or raise the connect timeout.</source>
        <translation>Der Verbindungsaufbau zu %1 Port %2 dauerte länger als %3 ms: prüfen, ob der Server läuft, oder das Verbindungs-Timeout erhöhen.</translation>
    </message>
    <message>
        <source>%1 refused the connection: check that a server listens there.</source>
        <translation>%1 hat die Verbindung abgelehnt: prüfen, ob dort ein Server lauscht.</translation>
    </message>
    <message>
        <source>%1 cannot be reached: check the address and your network.</source>
        <translation>%1 ist nicht erreichbar: Adresse und Netzwerk prüfen.</translation>
    </message>
    <message>
        <source>The server at %1 closed the connection unexpectedly.</source>
        <translation>Der Server unter %1 hat die Verbindung unerwartet geschlossen.</translation>
    </message>
    <message>
        <source>The connection to %1 timed out.</source>
        <translation>Zeitüberschreitung bei der Verbindung zu %1.</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: %2.</source>
        <translation>Die TLS-Verbindung zu %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>The proxy could not connect to %1: %2. Check the proxy settings.</source>
        <translation>Der Proxy konnte keine Verbindung zu %1 herstellen: %2. Proxy-Einstellungen prüfen.</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2.</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>Names under .invalid never resolve: RFC 6761</source>
        <translation>Namen unter .invalid werden nie aufgelöst: RFC 6761</translation>
    </message>
</context>
<context>
    <name>wb::http::ExchangeRunner</name>
    <message>
        <source>The body file &apos;%1&apos; could not be read: check the path and permissions.</source>
        <translation>Die Body-Datei &apos;%1&apos; konnte nicht gelesen werden: Pfad und Berechtigungen prüfen.</translation>
    </message>
    <message>
        <source>The body file &apos;%1&apos; ended after %2 of %3 bytes: was it changed while sending?</source>
        <translation>Die Body-Datei &apos;%1&apos; endete nach %2 von %3 Bytes: Wurde sie während des Sendens geändert?</translation>
    </message>
    <message>
        <source>The server at %1 port %2 closed the connection without answering.</source>
        <translation>Der Server unter %1 Port %2 hat die Verbindung ohne Antwort geschlossen.</translation>
    </message>
    <message>
        <source>The server sent nothing for %1 ms after the request: it may be stuck; raise the idle timeout to wait longer.</source>
        <translation>Der Server hat nach der Anfrage %1 ms lang nichts gesendet: Er hängt möglicherweise; das Leerlauf-Timeout erhöhen, um länger zu warten.</translation>
    </message>
    <message>
        <source>The server sent nothing for %1 ms in the middle of the response (after %2 bytes): raise the idle timeout to wait longer.</source>
        <translation>Der Server hat mitten in der Antwort (nach %2 Bytes) %1 ms lang nichts gesendet: das Leerlauf-Timeout erhöhen, um länger zu warten.</translation>
    </message>
    <message>
        <source>The exchange took longer than its total time limit of %1 ms (%2 response bytes received): raise the limit to wait longer.</source>
        <translation>Der Austausch dauerte länger als sein Gesamtzeitlimit von %1 ms (%2 Antwort-Bytes empfangen): das Limit erhöhen, um länger zu warten.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>no protocol</source>
        <translation>kein Protokoll</translation>
    </message>
    <message>
        <source>The server at %1 port %2 does not speak HTTP/2: TLS negotiated %3 by ALPN instead of h2. Choose Auto or HTTP/1.1 for this request.</source>
        <translation>Der Server %1 an Port %2 spricht kein HTTP/2: TLS hat per ALPN %3 statt h2 ausgehandelt. Wählen Sie für diese Anfrage Automatisch oder HTTP/1.1.</translation>
    </message>
</context>
<context>
    <name>wb::http::Http2Session</name>
    <message>
        <source>The HTTP/2 connection was idle for a while and did not answer a PING within %1 ms: it is gone, and the request was not processed.</source>
        <translation>Die HTTP/2-Verbindung war eine Weile untätig und hat ein PING nicht innerhalb von %1 ms beantwortet: sie besteht nicht mehr, und die Anfrage wurde nicht verarbeitet.</translation>
    </message>
    <message>
        <source>The request could not be sent on the HTTP/2 connection: %1.</source>
        <translation>Die Anfrage konnte nicht über die HTTP/2-Verbindung gesendet werden: %1.</translation>
    </message>
    <message>
        <source>The server sent a header block in more than %1 CONTINUATION frames: Wirebench ended the connection (a flood of CONTINUATION frames exhausts memory; RFC 9113 §6.10).</source>
        <translation>Der Server hat einen Header-Block in mehr als %1 CONTINUATION-Frames gesendet: Wirebench hat die Verbindung beendet (eine Flut von CONTINUATION-Frames erschöpft den Speicher; RFC 9113 §6.10).</translation>
    </message>
    <message>
        <source>the connection was shut down</source>
        <translation>die Verbindung wurde beendet</translation>
    </message>
    <message>
        <source>The server ended the HTTP/2 connection with GOAWAY %1 (last stream %2)%3 (RFC 9113 §6.8).</source>
        <translation>Der Server hat die HTTP/2-Verbindung mit GOAWAY %1 beendet (letzter Stream %2)%3 (RFC 9113 §6.8).</translation>
    </message>
    <message>
        <source>The server broke the HTTP/2 protocol (%1): Wirebench ended the connection with GOAWAY %2 (%3). The frames received are in the Frames view.</source>
        <translation>Der Server hat das HTTP/2-Protokoll verletzt (%1): Wirebench hat die Verbindung mit GOAWAY %2 beendet (%3). Die empfangenen Frames stehen in der Frames-Ansicht.</translation>
    </message>
    <message>
        <source>The server closed the HTTP/2 connection after GOAWAY NO_ERROR (last stream %1) before this stream ended.</source>
        <translation>Der Server hat die HTTP/2-Verbindung nach GOAWAY NO_ERROR (letzter Stream %1) geschlossen, bevor dieser Stream endete.</translation>
    </message>
    <message>
        <source>The HTTP/2 session failed: %1%2.</source>
        <translation>Die HTTP/2-Sitzung ist gescheitert: %1%2.</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>The server at %1 port %2 closed the HTTP/2 connection without GOAWAY while streams were open.</source>
        <translation>Der Server %1 an Port %2 hat die HTTP/2-Verbindung ohne GOAWAY geschlossen, während Streams offen waren.</translation>
    </message>
    <message>
        <source>The request could not be sent on the HTTP/2 connection (%1): it was not processed by the server.</source>
        <translation>Die Anfrage konnte nicht über die HTTP/2-Verbindung gesendet werden (%1): der Server hat sie nicht verarbeitet.</translation>
    </message>
    <message>
        <source>The server sent GOAWAY %1 with last stream %2: stream %3 was not processed (RFC 9113 §6.8).</source>
        <translation>Der Server hat GOAWAY %1 mit letztem Stream %2 gesendet: Stream %3 wurde nicht verarbeitet (RFC 9113 §6.8).</translation>
    </message>
</context>
<context>
    <name>wb::http::Http2Stream</name>
    <message>
        <source>The server sent nothing on HTTP/2 stream %1 for %2 ms after the request: it may be stuck; raise the idle timeout to wait longer.</source>
        <translation>Der Server hat auf HTTP/2-Stream %1 nach der Anfrage %2 ms lang nichts gesendet: er hängt womöglich; erhöhen Sie das Leerlauf-Zeitlimit, um länger zu warten.</translation>
    </message>
    <message>
        <source>The server sent nothing on HTTP/2 stream %1 for %2 ms in the middle of the response (after %3 bytes): raise the idle timeout to wait longer.</source>
        <translation>Der Server hat auf HTTP/2-Stream %1 mitten in der Antwort (nach %3 Bytes) %2 ms lang nichts gesendet: erhöhen Sie das Leerlauf-Zeitlimit, um länger zu warten.</translation>
    </message>
    <message>
        <source>The exchange took longer than its total time limit of %1 ms (%2 response bytes received on HTTP/2 stream %3): raise the limit to wait longer.</source>
        <translation>Der Austausch hat länger als sein Gesamtzeitlimit von %1 ms gedauert (%2 Antwort-Bytes auf HTTP/2-Stream %3 empfangen): erhöhen Sie das Limit, um länger zu warten.</translation>
    </message>
    <message>
        <source>The body file &apos;%1&apos; could not be read: check the path and permissions.</source>
        <translation>Die Body-Datei „%1“ konnte nicht gelesen werden: prüfen Sie Pfad und Berechtigungen.</translation>
    </message>
    <message>
        <source>The body file &apos;%1&apos; ended after %2 of %3 bytes: was it changed while sending?</source>
        <translation>Die Body-Datei „%1“ endete nach %2 von %3 Bytes: wurde sie während des Sendens geändert?</translation>
    </message>
    <message>
        <source>The server sent more than %1 KiB of header fields on HTTP/2 stream %2 (after HPACK decoding): Wirebench reset the stream. A header block this large is a decompression bomb or a broken server.</source>
        <translation>Der Server hat auf HTTP/2-Stream %2 mehr als %1 KiB an Header-Feldern gesendet (nach HPACK-Dekodierung): Wirebench hat den Stream zurückgesetzt. Ein so großer Header-Block ist eine Dekompressionsbombe oder ein defekter Server.</translation>
    </message>
    <message>
        <source>The server refused HTTP/2 stream %1 with RST_STREAM %2: the request was not processed (RFC 9113 §8.7).</source>
        <translation>Der Server hat HTTP/2-Stream %1 mit RST_STREAM %2 abgelehnt: die Anfrage wurde nicht verarbeitet (RFC 9113 §8.7).</translation>
    </message>
    <message>
        <source>The server reset HTTP/2 stream %1 with RST_STREAM %2 after %3 response bytes (RFC 9113 §6.4). The frames that led to it are in the Frames view.</source>
        <translation>Der Server hat HTTP/2-Stream %1 nach %3 Antwort-Bytes mit RST_STREAM %2 zurückgesetzt (RFC 9113 §6.4). Die Frames, die dazu führten, stehen in der Frames-Ansicht.</translation>
    </message>
    <message>
        <source>The server broke HTTP/2 on stream %1: Wirebench reset it with RST_STREAM %2 (RFC 9113 §8.1.1: a malformed message). The frames that led to it are in the Frames view.</source>
        <translation>Der Server hat HTTP/2 auf Stream %1 verletzt: Wirebench hat ihn mit RST_STREAM %2 zurückgesetzt (RFC 9113 §8.1.1: eine fehlerhafte Nachricht). Die Frames, die dazu führten, stehen in der Frames-Ansicht.</translation>
    </message>
    <message>
        <source>HTTP/2 stream %1 closed (%2) before a response head arrived.</source>
        <translation>HTTP/2-Stream %1 wurde geschlossen (%2), bevor ein Antwortkopf ankam.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 frames after the first %2 are not kept in the frame log.</source>
        <translation>%1 Frames nach den ersten %2 werden nicht im Frame-Protokoll behalten.</translation>
    </message>
</context>
<context>
    <name>wb::interchange</name>
    <message>
        <source>The %1 cannot be imported: %2 (at %3). Nothing was changed; correct the file and import it again.</source>
        <translation>%1 kann nicht importiert werden: %2 (Stelle: %3). Es wurde nichts geändert; die Datei korrigieren und erneut importieren.</translation>
    </message>
    <message>
        <source>the JSON is not valid (%1)</source>
        <translation>das JSON ist ungültig (%1)</translation>
    </message>
    <message>
        <source>the document must be a JSON object</source>
        <translation>das Dokument muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>Postman collection</source>
        <translation>Postman-Sammlung</translation>
    </message>
    <message>
        <source>an item must be an object</source>
        <translation>ein Element muss ein Objekt sein</translation>
    </message>
    <message>
        <source>the name must be a string</source>
        <translation>der Name muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>folders are nested too deeply</source>
        <translation>Ordner sind zu tief verschachtelt</translation>
    </message>
    <message>
        <source>&quot;item&quot; must be a list</source>
        <translation>&quot;item&quot; muss eine Liste sein</translation>
    </message>
    <message>
        <source>this is a Postman environment, not a collection; import it as an environment</source>
        <translation>dies ist eine Postman-Umgebung, keine Sammlung; als Umgebung importieren</translation>
    </message>
    <message>
        <source>this is a HAR archive, not a Postman collection; import it as HAR</source>
        <translation>dies ist ein HAR-Archiv, keine Postman-Sammlung; als HAR importieren</translation>
    </message>
    <message>
        <source>this is a Postman v1 collection; export it from Postman as v2.1 and import that file</source>
        <translation>dies ist eine Postman-v1-Sammlung; in Postman als v2.1 exportieren und diese Datei importieren</translation>
    </message>
    <message>
        <source>it has no &quot;info&quot; object, so it is not a Postman v2.0 or v2.1 collection</source>
        <translation>es fehlt das &quot;info&quot;-Objekt, daher ist es keine Postman-Sammlung v2.0 oder v2.1</translation>
    </message>
    <message>
        <source>HAR archive</source>
        <translation>HAR-Archiv</translation>
    </message>
    <message>
        <source>“%1” uses %2 auth, which Wirebench keeps for export but does not apply: requests that use it are sent without auth.</source>
        <translation>„%1“ verwendet %2-Authentifizierung, die Wirebench für den Export behält, aber nicht anwendet: Anfragen damit werden ohne Authentifizierung gesendet.</translation>
    </message>
    <message>
        <source>Postman environment</source>
        <translation>Postman-Umgebung</translation>
    </message>
    <message>
        <source>command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>a single quote is not closed</source>
        <translation>ein einfaches Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <source>a $&apos;...&apos; quote is not closed</source>
        <translation>eine $&apos;...&apos;-Zeichenkette ist nicht geschlossen</translation>
    </message>
    <message>
        <source>a double quote is not closed</source>
        <translation>ein doppeltes Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <source>--data-urlencode %1: the file %2 could not be read, so its path was sent as the value.</source>
        <translation>--data-urlencode %1: Die Datei %2 konnte nicht gelesen werden, daher wurde ihr Pfad als Wert gesendet.</translation>
    </message>
    <message>
        <source>-F %1=&lt;%2: the file could not be read, so it is sent as a file part when it is there.</source>
        <translation>-F %1=&lt;%2: Die Datei konnte nicht gelesen werden, daher wird sie als Dateiteil gesendet, sobald sie vorhanden ist.</translation>
    </message>
</context>
<context>
    <name>wb::interchange::CurlImporter</name>
    <message>
        <source>curl command</source>
        <translation>curl-Befehl</translation>
    </message>
    <message>
        <source>word 1</source>
        <translation>Wort 1</translation>
    </message>
    <message>
        <source>the command must start with curl</source>
        <translation>der Befehl muss mit curl beginnen</translation>
    </message>
    <message>
        <source>word %1</source>
        <translation>Wort %1</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 erfordert einen Wert</translation>
    </message>
    <message>
        <source>-%1 needs a value</source>
        <translation>-%1 erfordert einen Wert</translation>
    </message>
    <message>
        <source>-H &quot;%1&quot; is not a header line and was ignored.</source>
        <translation>-H &quot;%1&quot; ist keine Header-Zeile und wurde ignoriert.</translation>
    </message>
    <message>
        <source>-b %1 reads cookies from a file; it was ignored.</source>
        <translation>-b %1 liest Cookies aus einer Datei; die Option wurde ignoriert.</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>the command has no URL</source>
        <translation>der Befehl enthält keine URL</translation>
    </message>
    <message>
        <source>The command has %1 URLs; only the first one was imported.</source>
        <translation>Der Befehl enthält %1 URLs; nur die erste wurde importiert.</translation>
    </message>
    <message>
        <source>-H &quot;%1:&quot; removes a header curl adds by itself; Wirebench does not add it either.</source>
        <translation>-H &quot;%1:&quot; entfernt einen Header, den curl selbst hinzufügt; Wirebench fügt ihn ebenfalls nicht hinzu.</translation>
    </message>
    <message>
        <source>The file %1 could not be read: curl sends it without its line breaks, and Wirebench will send it as it is.</source>
        <translation>Die Datei %1 konnte nicht gelesen werden: curl sendet sie ohne Zeilenumbrüche, Wirebench wird sie unverändert senden.</translation>
    </message>
    <message>
        <source>-u %1 gives no password: curl asks for it when it runs (and sends an empty one without a terminal). It was imported empty; set it in the request&apos;s authorization.</source>
        <translation>-u %1 gibt kein Passwort an: curl fragt beim Ausführen danach (und sendet ohne Terminal ein leeres). Es wurde leer importiert; tragen Sie es in der Autorisierung der Anfrage ein.</translation>
    </message>
    <message>
        <source>Not imported (unknown, or nothing Wirebench sends): %1.</source>
        <translation>Nicht importiert (unbekannt oder nichts, was Wirebench sendet): %1.</translation>
    </message>
    <message>
        <source>The file %1 could not be read and was left out of the data: Wirebench sends one body, from text or from a file.</source>
        <translation>Die Datei %1 konnte nicht gelesen werden und wurde aus den Daten weggelassen: Wirebench sendet einen Body, aus Text oder aus einer Datei.</translation>
    </message>
    <message>
        <source>-H &quot;%1:&quot; makes curl send no %1 header; Wirebench still sends its own.</source>
        <translation>-H &quot;%1:&quot; lässt curl keinen %1-Header senden; Wirebench sendet weiterhin seinen eigenen.</translation>
    </message>
</context>
<context>
    <name>wb::interchange::HarReader</name>
    <message>
        <source>a HAR archive has a &quot;log&quot; object</source>
        <translation>ein HAR-Archiv hat ein &quot;log&quot;-Objekt</translation>
    </message>
    <message>
        <source>&quot;entries&quot; must be a list</source>
        <translation>&quot;entries&quot; muss eine Liste sein</translation>
    </message>
    <message>
        <source>the archive has more than %1 entries</source>
        <translation>das Archiv hat mehr als %1 Einträge</translation>
    </message>
    <message>
        <source>an entry needs a request object</source>
        <translation>ein Eintrag erfordert ein Anfrageobjekt</translation>
    </message>
    <message>
        <source>a request needs a method and a URL</source>
        <translation>eine Anfrage erfordert eine Methode und eine URL</translation>
    </message>
    <message>
        <source>headers must be a list of {name, value}</source>
        <translation>headers muss eine Liste von {name, value} sein</translation>
    </message>
</context>
<context>
    <name>wb::interchange::PostmanCollectionReader</name>
    <message>
        <source>the schema is not Postman collection v2.0 or v2.1 (found &quot;%1&quot;)</source>
        <translation>das Schema ist nicht Postman-Sammlung v2.0 oder v2.1 (gefunden: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>the collection has no name</source>
        <translation>die Sammlung hat keinen Namen</translation>
    </message>
    <message>
        <source>&quot;item&quot; must be a list</source>
        <translation>&quot;item&quot; muss eine Liste sein</translation>
    </message>
    <message numerus="yes">
        <source>The collection has %n script(s) (pre-request and tests); they are kept for export but Wirebench does not run them.</source>
        <translation>
            <numerusform>Die Sammlung enthält %n Skript (Pre-Request und Tests); es wird für den Export behalten, aber Wirebench führt es nicht aus.</numerusform>
            <numerusform>Die Sammlung enthält %n Skripte (Pre-Request und Tests); sie werden für den Export behalten, aber Wirebench führt sie nicht aus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::interchange::PostmanEnvironment</name>
    <message>
        <source>this is a Postman collection, not an environment; import it as a collection</source>
        <translation>dies ist eine Postman-Sammlung, keine Umgebung; als Sammlung importieren</translation>
    </message>
    <message>
        <source>an environment needs a &quot;values&quot; list</source>
        <translation>eine Umgebung erfordert eine &quot;values&quot;-Liste</translation>
    </message>
    <message>
        <source>the name must be a string</source>
        <translation>der Name muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>each value must be an object with a &quot;key&quot; string</source>
        <translation>jeder Wert muss ein Objekt mit einer &quot;key&quot;-Zeichenkette sein</translation>
    </message>
</context>
<context>
    <name>wb::interchange::PostmanRequest</name>
    <message>
        <source>a request must be a URL string or an object</source>
        <translation>eine Anfrage muss eine URL-Zeichenkette oder ein Objekt sein</translation>
    </message>
    <message>
        <source>the method must be a string</source>
        <translation>die Methode muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>the URL must be a string or an object</source>
        <translation>die URL muss ein String oder ein Objekt sein</translation>
    </message>
    <message>
        <source>the headers must be a list</source>
        <translation>die Header müssen eine Liste sein</translation>
    </message>
    <message>
        <source>the body must be an object</source>
        <translation>der Body muss ein Objekt sein</translation>
    </message>
    <message>
        <source>the auth must be an object</source>
        <translation>die Authentifizierung muss ein Objekt sein</translation>
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
    <message numerus="yes">
        <source>Gave up reconnecting after %n attempt(s).</source>
        <translation>
            <numerusform>Wiederverbindung nach %n Versuch aufgegeben.</numerusform>
            <numerusform>Wiederverbindung nach %n Versuchen aufgegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnecting in %1 ms (attempt %2).</source>
        <translation>Neuer Verbindungsversuch in %1 ms (Versuch %2).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a peer address. Write host:port, for example 127.0.0.1:7 or [::1]:7.</source>
        <translation>&apos;%1&apos; ist keine Adresse einer Gegenstelle. Schreiben Sie host:port, zum Beispiel 127.0.0.1:7 oder [::1]:7.</translation>
    </message>
    <message>
        <source>No host and port to connect to. Enter both first.</source>
        <translation>Kein Host und Port für die Verbindung. Geben Sie zuerst beides ein.</translation>
    </message>
    <message>
        <source>Connecting to %1.</source>
        <translation>Verbindung zu %1 wird hergestellt.</translation>
    </message>
    <message>
        <source>Connected to %1 from %2.</source>
        <translation>Mit %1 verbunden (von %2).</translation>
    </message>
    <message>
        <source>Not connected, so nothing was sent. Open the connection first.</source>
        <translation>Nicht verbunden, daher wurde nichts gesendet. Öffnen Sie zuerst die Verbindung.</translation>
    </message>
    <message>
        <source>Finished sending; still receiving from %1.</source>
        <translation>Senden abgeschlossen; Empfang von %1 läuft noch.</translation>
    </message>
    <message>
        <source>%1 closed the connection.</source>
        <translation>%1 hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>Connection to %1 closed.</source>
        <translation>Verbindung zu %1 geschlossen.</translation>
    </message>
    <message>
        <source>TCP connection to %1 established; starting the TLS handshake.</source>
        <translation>TCP-Verbindung zu %1 hergestellt; TLS-Handshake wird gestartet.</translation>
    </message>
    <message>
        <source>Ignored as asked: %1</source>
        <translation>Wie gewünscht ignoriert: %1</translation>
    </message>
    <message>
        <source>Certificate %1 of %2: %3.</source>
        <translation>Zertifikat %1 von %2: %3.</translation>
    </message>
    <message>
        <source>%1 established with %2 (cipher %3).</source>
        <translation>%1 mit %2 hergestellt (Cipher-Suite %3).</translation>
    </message>
    <message>
        <source>Could not read %1: %2. Check the path and its permissions.</source>
        <translation>%1 konnte nicht gelesen werden: %2. Prüfen Sie den Pfad und die Zugriffsrechte.</translation>
    </message>
    <message>
        <source>Nothing to send the file with.</source>
        <translation>Keine Verbindung, über die die Datei gesendet werden könnte.</translation>
    </message>
    <message>
        <source>Sending the file was stopped.</source>
        <translation>Das Senden der Datei wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The connection closed before the whole file was sent.</source>
        <translation>Die Verbindung wurde geschlossen, bevor die ganze Datei gesendet war.</translation>
    </message>
    <message>
        <source>The file could not be sent.</source>
        <translation>Die Datei konnte nicht gesendet werden.</translation>
    </message>
</context>
<context>
    <name>wb::net::SocketErrors</name>
    <message>
        <source>The connection to %1 was refused: nothing is listening on that port, or a firewall rejected it. Check the host and port, and that the server is running.</source>
        <translation>Die Verbindung zu %1 wurde abgelehnt: Auf diesem Port lauscht nichts, oder eine Firewall hat sie zurückgewiesen. Prüfen Sie Host und Port und ob der Server läuft.</translation>
    </message>
    <message>
        <source>%1 closed the connection.</source>
        <translation>%1 hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>The host name in %1 could not be resolved. Check its spelling and your DNS settings.</source>
        <translation>Der Hostname in %1 konnte nicht aufgelöst werden. Prüfen Sie die Schreibweise und Ihre DNS-Einstellungen.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check that the host is reachable, or allow a longer timeout.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. Prüfen Sie, ob der Host erreichbar ist, oder erlauben Sie ein längeres Timeout.</translation>
    </message>
    <message>
        <source>The network failed while talking to %1. Check the connection and that the host is reachable.</source>
        <translation>Bei der Kommunikation mit %1 ist ein Netzwerkfehler aufgetreten. Prüfen Sie die Verbindung und ob der Host erreichbar ist.</translation>
    </message>
    <message>
        <source>The address %1 is already in use by another program. Choose another port, or stop the program that uses it.</source>
        <translation>Die Adresse %1 wird bereits von einem anderen Programm verwendet. Wählen Sie einen anderen Port oder beenden Sie das Programm, das sie verwendet.</translation>
    </message>
    <message>
        <source>Not allowed to use %1. Ports below 1024 need extra privileges; choose a higher port.</source>
        <translation>Keine Berechtigung für %1. Ports unter 1024 erfordern erweiterte Rechte; wählen Sie einen höheren Port.</translation>
    </message>
    <message>
        <source>The address in %1 does not belong to this machine. Bind to one of its own addresses, or to any address.</source>
        <translation>Die Adresse in %1 gehört nicht zu diesem Rechner. Binden Sie an eine seiner eigenen Adressen oder an eine beliebige Adresse.</translation>
    </message>
    <message>
        <source>The datagram for %1 is larger than the network allows. Send at most 65,507 bytes per datagram, or fewer to avoid fragmentation.</source>
        <translation>Das Datagramm für %1 ist größer, als das Netzwerk erlaubt. Senden Sie höchstens 65.507 Bytes pro Datagramm oder weniger, um Fragmentierung zu vermeiden.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed. Check that the peer speaks TLS on that port and accepts this client&apos;s protocol versions.</source>
        <translation>Der TLS-Handshake mit %1 ist fehlgeschlagen. Prüfen Sie, ob die Gegenstelle auf diesem Port TLS spricht und die Protokollversionen dieses Clients akzeptiert.</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2.</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>No connection to %1 within %2 ms. Check that the host is reachable and not dropping packets, or allow a longer timeout.</source>
        <translation>Keine Verbindung zu %1 innerhalb von %2 ms. Prüfen Sie, ob der Host erreichbar ist und keine Pakete verwirft, oder erlauben Sie ein längeres Timeout.</translation>
    </message>
    <message>
        <source>The connection to %1 was reset: the peer aborted it (TCP RST) instead of closing it normally, so data in flight may be lost. The server may have crashed, rejected the data, or closed with unread input.</source>
        <translation>Die Verbindung zu %1 wurde zurückgesetzt: Die Gegenstelle hat sie abgebrochen (TCP RST), statt sie normal zu schließen, daher können Daten, die unterwegs waren, verloren sein. Der Server ist möglicherweise abgestürzt, hat die Daten abgelehnt oder die Verbindung mit ungelesener Eingabe geschlossen.</translation>
    </message>
</context>
<context>
    <name>wb::net::TcpServerSession</name>
    <message>
        <source>The TLS handshake with client %1 failed. Check that it speaks TLS and trusts this server&apos;s certificate.</source>
        <translation>Der TLS-Handshake mit Client %1 ist fehlgeschlagen. Prüfen Sie, ob er TLS spricht und dem Zertifikat dieses Servers vertraut.</translation>
    </message>
    <message>
        <source>Listening for TLS clients on %1.</source>
        <translation>Lauscht auf TLS-Clients an %1.</translation>
    </message>
    <message>
        <source>Listening on %1.</source>
        <translation>Lauscht an %1.</translation>
    </message>
    <message>
        <source>Client %1 connected.</source>
        <translation>Client %1 verbunden.</translation>
    </message>
    <message>
        <source>Client %1 disconnected.</source>
        <translation>Client %1 getrennt.</translation>
    </message>
    <message>
        <source>Stopped listening on %1.</source>
        <translation>Lauschen an %1 beendet.</translation>
    </message>
    <message>
        <source>No client %1 is connected, so nothing was sent. Choose one of the connected clients.</source>
        <translation>Kein Client %1 verbunden, daher wurde nichts gesendet. Wählen Sie einen der verbundenen Clients.</translation>
    </message>
    <message>
        <source>No client is connected, so nothing was sent. Wait for a client to connect.</source>
        <translation>Kein Client verbunden, daher wurde nichts gesendet. Warten Sie, bis sich ein Client verbindet.</translation>
    </message>
    <message>
        <source>Disconnecting client %1.</source>
        <translation>Client %1 wird getrennt.</translation>
    </message>
</context>
<context>
    <name>wb::net::TlsCredentials</name>
    <message>
        <source>%1 does not hold a private key that can be read (RSA, EC or DSA in PEM or DER), or its passphrase is wrong.</source>
        <translation>%1 enthält keinen lesbaren privaten Schlüssel (RSA, EC oder DSA in PEM oder DER), oder die Passphrase ist falsch.</translation>
    </message>
    <message>
        <source>Could not read %1: %2. Check the path and its permissions.</source>
        <translation>%1 konnte nicht gelesen werden: %2. Prüfen Sie den Pfad und die Zugriffsrechte.</translation>
    </message>
    <message>
        <source>%1 is not a PKCS#12 bundle, or its password is wrong.</source>
        <translation>%1 ist kein PKCS#12-Bundle, oder das Passwort ist falsch.</translation>
    </message>
    <message>
        <source>%1 holds no certificate in PEM or DER form.</source>
        <translation>%1 enthält kein Zertifikat im PEM- oder DER-Format.</translation>
    </message>
    <message>
        <source>%1, issued by %2, valid from %3 to %4</source>
        <translation>%1, ausgestellt von %2, gültig von %3 bis %4</translation>
    </message>
    <message>
        <source>The certificate of %1 expired on %2. The server must renew it; until then you can only connect by ignoring certificate errors.</source>
        <translation>Das Zertifikat von %1 ist am %2 abgelaufen. Der Server muss es erneuern; bis dahin können Sie sich nur verbinden, wenn Sie Zertifikatsfehler ignorieren.</translation>
    </message>
    <message>
        <source>The certificate of %1 is valid only from %2. Check this machine&apos;s clock.</source>
        <translation>Das Zertifikat von %1 ist erst ab %2 gültig. Prüfen Sie die Uhr dieses Rechners.</translation>
    </message>
    <message>
        <source>The certificate presented by %1 is for %2, not for this host name. Connect with a name the certificate lists, or ignore certificate errors.</source>
        <translation>Das von %1 vorgelegte Zertifikat gilt für %2, nicht für diesen Hostnamen. Verbinden Sie sich mit einem Namen, den das Zertifikat aufführt, oder ignorieren Sie Zertifikatsfehler.</translation>
    </message>
    <message>
        <source>The certificate of %1 is self-signed, so nothing vouches for it. Trust it explicitly (add it as a CA certificate) or ignore certificate errors.</source>
        <translation>Das Zertifikat von %1 ist selbstsigniert, daher bürgt niemand dafür. Vertrauen Sie ihm ausdrücklich (fügen Sie es als CA-Zertifikat hinzu) oder ignorieren Sie Zertifikatsfehler.</translation>
    </message>
    <message>
        <source>The certificate of %1 was issued by an authority this client does not trust (%2). Add that authority&apos;s certificate as a CA certificate, or ignore certificate errors.</source>
        <translation>Das Zertifikat von %1 wurde von einer Zertifizierungsstelle ausgestellt, der dieser Client nicht vertraut (%2). Fügen Sie das Zertifikat dieser Stelle als CA-Zertifikat hinzu oder ignorieren Sie Zertifikatsfehler.</translation>
    </message>
    <message>
        <source>The certificate of %1 has been revoked by its issuer. Do not trust this server.</source>
        <translation>Das Zertifikat von %1 wurde von seinem Aussteller widerrufen. Vertrauen Sie diesem Server nicht.</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified: %2.</source>
        <translation>Das Zertifikat von %1 konnte nicht überprüft werden: %2.</translation>
    </message>
</context>
<context>
    <name>wb::net::UdpSession</name>
    <message>
        <source>Bound to %1; datagrams from anyone are shown.</source>
        <translation>An %1 gebunden; Datagramme von allen Absendern werden angezeigt.</translation>
    </message>
    <message>
        <source>Socket closed.</source>
        <translation>Socket geschlossen.</translation>
    </message>
    <message>
        <source>The UDP socket is not open, so nothing was sent. Open it first.</source>
        <translation>Der UDP-Socket ist nicht geöffnet, daher wurde nichts gesendet. Öffnen Sie ihn zuerst.</translation>
    </message>
    <message>
        <source>No destination for the datagram. Enter a host and port to send to.</source>
        <translation>Kein Ziel für das Datagramm. Geben Sie Host und Port des Empfängers ein.</translation>
    </message>
    <message>
        <source>Could not join the multicast group %1. Bind to any address (not a single one) and check that the group is a multicast address.</source>
        <translation>Beitritt zur Multicast-Gruppe %1 fehlgeschlagen. Binden Sie an eine beliebige Adresse (nicht an eine einzelne) und prüfen Sie, ob die Gruppe eine Multicast-Adresse ist.</translation>
    </message>
    <message>
        <source>Joined the multicast group %1.</source>
        <translation>Der Multicast-Gruppe %1 beigetreten.</translation>
    </message>
    <message>
        <source>Could not leave the multicast group %1: this socket had not joined it.</source>
        <translation>Die Multicast-Gruppe %1 konnte nicht verlassen werden: Dieser Socket war ihr nicht beigetreten.</translation>
    </message>
    <message>
        <source>Left the multicast group %1.</source>
        <translation>Multicast-Gruppe %1 verlassen.</translation>
    </message>
    <message>
        <source>Datagrams are broadcast to %1: every host on that network can receive them.</source>
        <translation>Datagramme werden per Broadcast an %1 gesendet: Jeder Rechner in diesem Netz kann sie empfangen.</translation>
    </message>
</context>
<context>
    <name>wb::net::WebSocketSession</name>
    <message>
        <source>&apos;%1&apos; is not a WebSocket URL. Write ws://host:port/path or wss://host:port/path.</source>
        <translation>&apos;%1&apos; ist keine WebSocket-URL. Schreiben Sie ws://host:port/path oder wss://host:port/path.</translation>
    </message>
    <message numerus="yes">
        <source>Pong received after %1 ms (%n byte(s) of payload).</source>
        <translation>
            <numerusform>Pong nach %1 ms empfangen (%n Byte Nutzdaten).</numerusform>
            <numerusform>Pong nach %1 ms empfangen (%n Bytes Nutzdaten).</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening %1.</source>
        <translation>%1 wird geöffnet.</translation>
    </message>
    <message>
        <source>WebSocket connection to %1 open.</source>
        <translation>WebSocket-Verbindung zu %1 geöffnet.</translation>
    </message>
    <message>
        <source>WebSocket closed with code %1%2.</source>
        <translation>WebSocket mit Code %1%2 geschlossen.</translation>
    </message>
    <message>
        <source>The WebSocket handshake with %1 failed: %2. Check the URL&apos;s path and that the server speaks WebSocket there.</source>
        <translation>Der WebSocket-Handshake mit %1 ist fehlgeschlagen: %2. Prüfen Sie den Pfad der URL und ob der Server dort WebSocket spricht.</translation>
    </message>
    <message>
        <source>Ignored as asked: %1</source>
        <translation>Wie gewünscht ignoriert: %1</translation>
    </message>
    <message>
        <source>Closing with code %1.</source>
        <translation>Wird mit Code %1 geschlossen.</translation>
    </message>
    <message>
        <source>The WebSocket is not open, so nothing was sent. Open it first.</source>
        <translation>Der WebSocket ist nicht geöffnet, daher wurde nichts gesendet. Öffnen Sie ihn zuerst.</translation>
    </message>
    <message>
        <source>A text message must be valid UTF-8. Send these bytes as a binary message instead.</source>
        <translation>Eine Textnachricht muss gültiges UTF-8 sein. Senden Sie diese Bytes stattdessen als Binärnachricht.</translation>
    </message>
    <message>
        <source>A ping carries at most 125 bytes of payload. Shorten it.</source>
        <translation>Ein Ping enthält höchstens 125 Bytes Nutzdaten. Kürzen Sie ihn.</translation>
    </message>
    <message>
        <source>Ping sent.</source>
        <translation>Ping gesendet.</translation>
    </message>
</context>
<context>
    <name>wb::store</name>
    <message>
        <source>A body file of the history could not be written in %1. Check that the disk is not full and the workspace folder is writable.</source>
        <translation>Eine Body-Datei des Verlaufs konnte in %1 nicht geschrieben werden. Prüfen Sie, ob noch Speicherplatz frei ist und der Arbeitsbereich-Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>A body file of this history entry is missing (%1). It may have been deleted outside Wirebench.</source>
        <translation>Eine Body-Datei dieses Verlaufseintrags fehlt (%1). Sie wurde möglicherweise außerhalb von Wirebench gelöscht.</translation>
    </message>
    <message>
        <source>A body of this history entry is damaged. Delete the entry or clear the history.</source>
        <translation>Ein Body dieses Verlaufseintrags ist beschädigt. Löschen Sie den Eintrag oder leeren Sie den Verlauf.</translation>
    </message>
    <message>
        <source>The workspace database %1 could not be opened. Check that the workspace folder is writable, or choose another with --workspace.</source>
        <translation>Die Arbeitsbereich-Datenbank %1 konnte nicht geöffnet werden. Prüfen Sie, ob der Arbeitsbereich-Ordner beschreibbar ist, oder wählen Sie mit --workspace einen anderen.</translation>
    </message>
    <message>
        <source>The workspace database %1 is damaged or is not a Wirebench workspace (%2), and it could not be moved aside. Move it away yourself or choose another workspace with --workspace.</source>
        <translation>Die Arbeitsbereich-Datenbank %1 ist beschädigt oder kein Wirebench-Arbeitsbereich (%2) und konnte nicht beiseitegelegt werden. Verschieben Sie sie selbst oder wählen Sie mit --workspace einen anderen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>The workspace database %1 was damaged or is not a Wirebench workspace (%2). It was kept as %3 and a new, empty workspace database was created.</source>
        <translation>Die Arbeitsbereich-Datenbank %1 war beschädigt oder kein Wirebench-Arbeitsbereich (%2). Sie wurde als %3 aufbewahrt, und eine neue, leere Arbeitsbereich-Datenbank wurde angelegt.</translation>
    </message>
    <message>
        <source>A history entry is damaged and cannot be shown. Delete it or clear the history.</source>
        <translation>Ein Verlaufseintrag ist beschädigt und kann nicht angezeigt werden. Löschen Sie ihn oder leeren Sie den Verlauf.</translation>
    </message>
    <message>
        <source>The search text could not be used. Search for plain words.</source>
        <translation>Der Suchtext konnte nicht verwendet werden. Suchen Sie nach einfachen Wörtern.</translation>
    </message>
    <message>
        <source>There is no history entry %1. It may have been pruned or cleared.</source>
        <translation>Es gibt keinen Verlaufseintrag %1. Er wurde möglicherweise bereinigt oder gelöscht.</translation>
    </message>
    <message>
        <source>The workspace was written by a newer Wirebench (schema %1, this one knows %2). Update Wirebench or choose another workspace.</source>
        <translation>Der Arbeitsbereich wurde von einer neueren Wirebench-Version geschrieben (Schema %1, diese Version kennt %2). Aktualisieren Sie Wirebench oder wählen Sie einen anderen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>The workspace is in use by another program that keeps it locked. Close the other Wirebench window or choose another workspace with --workspace, then try again.</source>
        <translation>Der Arbeitsbereich wird von einem anderen Programm verwendet, das ihn gesperrt hält. Schließen Sie das andere Wirebench-Fenster oder wählen Sie mit --workspace einen anderen Arbeitsbereich und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The workspace database is damaged. Restart Wirebench: it keeps the damaged file as a backup and starts a new one.</source>
        <translation>Die Arbeitsbereich-Datenbank ist beschädigt. Starten Sie Wirebench neu: Die beschädigte Datei wird als Sicherung aufbewahrt und eine neue angelegt.</translation>
    </message>
    <message>
        <source>There is no collection %1 in this workspace.</source>
        <translation>In diesem Arbeitsbereich gibt es keine Sammlung %1.</translation>
    </message>
    <message>
        <source>The workspace database %1 is damaged. Close every Wirebench window and start again: the damaged file is then kept as a backup and a new one is created.</source>
        <translation>Die Arbeitsbereich-Datenbank %1 ist beschädigt. Schließen Sie alle Wirebench-Fenster und starten Sie neu: Die beschädigte Datei wird dann als Sicherung aufbewahrt und eine neue angelegt.</translation>
    </message>
    <message>
        <source>There is no environment %1 in this workspace.</source>
        <translation>In diesem Arbeitsbereich gibt es keine Umgebung %1.</translation>
    </message>
    <message>
        <source>The transcript could not be written to %1: %2</source>
        <translation>Der Mitschnitt konnte nicht in %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>History keeps the first %1 or %2 chunks of a session; export the transcript from the console for all of it.</source>
        <translation>Der Verlauf behält die ersten %1 bzw. %2 Blöcke einer Sitzung; exportieren Sie den Mitschnitt in der Konsole, um alles zu erhalten.</translation>
    </message>
    <message>
        <source>The history keeps %1 of this exchange&apos;s %2 HTTP/2 frames: every frame but DATA, and the first and last DATA frames.</source>
        <translation>Der Verlauf behält %1 der %2 HTTP/2-Frames dieses Austauschs: jeden Frame außer DATA sowie die ersten und letzten DATA-Frames.</translation>
    </message>
    <message>
        <source>The history keeps %1 of this exchange&apos;s %2 HTTP/2 frames: the first and the last ones.</source>
        <translation>Der Verlauf behält %1 der %2 HTTP/2-Frames dieses Austauschs: die ersten und die letzten.</translation>
    </message>
    <message>
        <source>The history keeps only the 9-byte header of the HTTP/2 frames that came past %1 MiB of frame bytes.</source>
        <translation>Von den HTTP/2-Frames jenseits von %1 MiB Frame-Bytes behält der Verlauf nur den 9-Byte-Header.</translation>
    </message>
    <message>
        <source>The disk that holds the workspace is full. Free some space (or lower the history limits), then try again.</source>
        <translation>Der Datenträger mit dem Arbeitsbereich ist voll. Geben Sie Speicherplatz frei (oder senken Sie die Verlaufsgrenzen) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The workspace database is read-only for Wirebench. Check that you own the workspace folder and its files and may write them, or choose another workspace with --workspace.</source>
        <translation>Die Arbeitsbereich-Datenbank ist für Wirebench schreibgeschützt. Prüfen Sie, ob Ihnen der Arbeitsbereich-Ordner und seine Dateien gehören und Sie sie schreiben dürfen, oder wählen Sie mit --workspace einen anderen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>The workspace database could not be read or written (an input/output error from the disk). Check the disk and that the workspace folder is still there, then try again.</source>
        <translation>Die Arbeitsbereich-Datenbank konnte nicht gelesen oder geschrieben werden (ein Ein-/Ausgabefehler des Datenträgers). Prüfen Sie den Datenträger und ob der Arbeitsbereich-Ordner noch vorhanden ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The workspace already holds an entry with the same id as one being saved, so nothing was saved. Import it again as a copy, or replace the one that is there.</source>
        <translation>Der Arbeitsbereich enthält bereits einen Eintrag mit derselben ID wie einer der zu speichernden, daher wurde nichts gespeichert. Importieren Sie ihn erneut als Kopie oder ersetzen Sie den vorhandenen.</translation>
    </message>
    <message>
        <source>What was being saved refers to something the workspace no longer holds (deleted meanwhile, perhaps in another window), so nothing was saved. Reload and try again.</source>
        <translation>Das zu Speichernde verweist auf etwas, das der Arbeitsbereich nicht mehr enthält (inzwischen gelöscht, vielleicht in einem anderen Fenster), daher wurde nichts gespeichert. Laden Sie neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>What was being saved is not valid for the workspace database (a required value is missing or out of range), so nothing was saved.</source>
        <translation>Das zu Speichernde ist für die Arbeitsbereich-Datenbank ungültig (ein erforderlicher Wert fehlt oder liegt außerhalb des zulässigen Bereichs), daher wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The workspace database refused a change (%1). Nothing was saved; the details say more.</source>
        <translation>Die Arbeitsbereich-Datenbank hat eine Änderung abgelehnt (%1). Es wurde nichts gespeichert; die Details sagen mehr.</translation>
    </message>
</context>
<context>
    <name>wb::tls</name>
    <message>
        <source>The %1 file &apos;%2&apos; could not be read: check the path and permissions.</source>
        <translation>Die %1-Datei &apos;%2&apos; konnte nicht gelesen werden: Prüfen Sie Pfad und Zugriffsrechte.</translation>
    </message>
    <message>
        <source>The PKCS#12 file &apos;%1&apos; could not be opened: check that it is a PKCS#12 file and that the password is right.</source>
        <translation>Die PKCS#12-Datei &apos;%1&apos; konnte nicht geöffnet werden: Prüfen Sie, ob es eine PKCS#12-Datei ist und das Passwort stimmt.</translation>
    </message>
    <message>
        <source>The client certificate file &apos;%1&apos; holds no PEM certificate.</source>
        <translation>Die Client-Zertifikatsdatei &apos;%1&apos; enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>The private key in &apos;%1&apos; could not be read: check that it is a PEM key and, if it is encrypted, that the password is right.</source>
        <translation>Der private Schlüssel in &apos;%1&apos; konnte nicht gelesen werden: Prüfen Sie, ob es ein PEM-Schlüssel ist und, falls er verschlüsselt ist, ob das Passwort stimmt.</translation>
    </message>
</context>
<context>
    <name>wb::tls::TlsConfigBuilder</name>
    <message>
        <source>The CA file &apos;%1&apos; holds no certificate: give a PEM bundle.</source>
        <translation>Die CA-Datei &apos;%1&apos; enthält kein Zertifikat: Geben Sie ein PEM-Bundle an.</translation>
    </message>
</context>
<context>
    <name>wb::ui::AuthEditor</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>The request is sent without authentication.</source>
        <translation>Die Anfrage wird ohne Authentifizierung gesendet.</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Key name:</source>
        <translation>Schlüsselname:</translation>
    </message>
    <message>
        <source>Key value:</source>
        <translation>Schlüsselwert:</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Query parameter</source>
        <translation>Query-Parameter</translation>
    </message>
    <message>
        <source>Add to:</source>
        <translation>Hinzufügen zu:</translation>
    </message>
</context>
<context>
    <name>wb::ui::BodyEditor</name>
    <message>
        <source>No body</source>
        <translation>Kein Body</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Raw</translation>
    </message>
    <message>
        <source>Form (URL-encoded)</source>
        <translation>Formular (URL-codiert)</translation>
    </message>
    <message>
        <source>Multipart form</source>
        <translation>Multipart-Formular</translation>
    </message>
    <message>
        <source>Binary file</source>
        <translation>Binärdatei</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Body:</translation>
    </message>
    <message>
        <source>This request sends no body.</source>
        <translation>Diese Anfrage sendet keinen Body.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
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
        <translation>Anfrage-Body</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Value or file</source>
        <translation>Wert oder Datei</translation>
    </message>
    <message>
        <source>Choose File for Row…</source>
        <translation>Datei für Zeile wählen…</translation>
    </message>
    <message>
        <source>Choose a File to Upload</source>
        <translation>Datei zum Hochladen wählen</translation>
    </message>
    <message>
        <source>File streamed as the body</source>
        <translation>Datei, die als Body gestreamt wird</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the Body File</source>
        <translation>Body-Datei wählen</translation>
    </message>
    <message>
        <source>Send the value as the path of a file to upload</source>
        <translation>Den Wert als Pfad einer hochzuladenden Datei senden</translation>
    </message>
</context>
<context>
    <name>wb::ui::CertificatePanel</name>
    <message>
        <source>Peer certificate chain</source>
        <translation>Zertifikatskette der Gegenstelle</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>No TLS handshake yet.</source>
        <translation>Noch kein TLS-Handshake.</translation>
    </message>
    <message>
        <source>Leaf</source>
        <translation>Endzertifikat</translation>
    </message>
    <message>
        <source>Issuer %1</source>
        <translation>Aussteller %1</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>DNS names</source>
        <translation>DNS-Namen</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>No certificate received.</source>
        <translation>Kein Zertifikat empfangen.</translation>
    </message>
    <message>
        <source>The certificate chain was verified.</source>
        <translation>Die Zertifikatskette wurde überprüft.</translation>
    </message>
</context>
<context>
    <name>wb::ui::CodeDialog</name>
    <message>
        <source>Generate Code</source>
        <translation>Code erzeugen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Speichern unter…</translation>
    </message>
    <message>
        <source>Save Code</source>
        <translation>Code speichern</translation>
    </message>
    <message>
        <source>%1 files (*.%2);;All files (*)</source>
        <translation>%1-Dateien (*.%2);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The code could not be written to %1: %2. Choose another folder.</source>
        <translation>Der Code konnte nicht nach %1 geschrieben werden: %2. Wählen Sie einen anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>wb::ui::CollectionsModel</name>
    <message>
        <source>Choose a request.</source>
        <translation>Wählen Sie eine Anfrage.</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>New Collection “%1”</source>
        <translation>Neue Sammlung „%1“</translation>
    </message>
    <message>
        <source>New Folder “%1”</source>
        <translation>Neuer Ordner „%1“</translation>
    </message>
    <message>
        <source>Save “%1”</source>
        <translation>„%1“ speichern</translation>
    </message>
    <message>
        <source>Rename “%1”</source>
        <translation>„%1“ umbenennen</translation>
    </message>
    <message>
        <source>%1 Copy</source>
        <translation>%1 Kopie</translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation>„%1“ duplizieren</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>„%1“ verschieben</translation>
    </message>
    <message>
        <source>Change the settings of “%1”</source>
        <translation>Einstellungen von „%1“ ändern</translation>
    </message>
    <message>
        <source>Replace “%1”</source>
        <translation>„%1“ ersetzen</translation>
    </message>
    <message>
        <source>Import “%1”</source>
        <translation>„%1“ importieren</translation>
    </message>
</context>
<context>
    <name>wb::ui::CollectionsPanel</name>
    <message>
        <source>No collections yet. Create one, import a Postman collection, a curl command or a HAR file, or save a request with Ctrl+S.</source>
        <translation>Noch keine Sammlungen. Legen Sie eine an, importieren Sie eine Postman-Sammlung, einen curl-Befehl oder eine HAR-Datei, oder speichern Sie eine Anfrage mit Ctrl+S.</translation>
    </message>
    <message>
        <source>New Collection</source>
        <translation>Neue Sammlung</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Import a Postman collection or environment, a curl command or a HAR file</source>
        <translation>Eine Postman-Sammlung oder -Umgebung, einen curl-Befehl oder eine HAR-Datei importieren</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export the selected collection as Postman v2.1</source>
        <translation>Die ausgewählte Sammlung als Postman v2.1 exportieren</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Environments cannot be imported here.</source>
        <translation>Umgebungen können hier nicht importiert werden.</translation>
    </message>
    <message>
        <source>Imported the environment “%1”.</source>
        <translation>Umgebung „%1“ importiert.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2.</source>
        <translation>%1 konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Exported “%1” to %2.</source>
        <translation>„%1“ nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Deleted “%1”. Ctrl+Z brings it back.</source>
        <translation>„%1“ gelöscht. Mit Ctrl+Z wiederherstellen.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Collections, environments, HAR (*.json *.har);;curl command (*.sh *.txt *.curl);;All files (*)</source>
        <translation>Sammlungen, Umgebungen, HAR (*.json *.har);;curl-Befehl (*.sh *.txt *.curl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Collection</source>
        <translation>Sammlung exportieren</translation>
    </message>
    <message>
        <source>Postman collection v2.1 (*.json)</source>
        <translation>Postman-Sammlung v2.1 (*.json)</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Alt+Return</source>
        <translation>Alt+Return</translation>
    </message>
    <message>
        <source>Variables, headers and auth for the requests below</source>
        <translation>Variablen, Header und Auth für die Anfragen darunter</translation>
    </message>
    <message>
        <source>The settings could not be saved: the item is gone.</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: Das Element existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Replaced the collection “%1”.</source>
        <translation>Die Sammlung „%1“ wurde ersetzt.</translation>
    </message>
    <message>
        <source>Imported “%1” as a copy.</source>
        <translation>„%1“ wurde als Kopie importiert.</translation>
    </message>
</context>
<context>
    <name>wb::ui::ConnectionBar</name>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>host name or address</source>
        <translation>Hostname oder Adresse</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>Lauschen auf</translation>
    </message>
    <message>
        <source>address, e.g. 0.0.0.0</source>
        <translation>Adresse, z. B. 0.0.0.0</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Local port; “any” lets the system pick a free one</source>
        <translation>Lokaler Port; bei „beliebig“ wählt das System einen freien</translation>
    </message>
    <message>
        <source>ws://host:port/path or wss://…</source>
        <translation>ws://host:port/path oder wss://…</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>CA certificates (PEM)</source>
        <translation>CA-Zertifikate (PEM)</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>certificate (PEM)</source>
        <translation>Zertifikat (PEM)</translation>
    </message>
    <message>
        <source>private key (PEM)</source>
        <translation>privater Schlüssel (PEM)</translation>
    </message>
    <message>
        <source>Keys (*.pem *.key);;All files (*)</source>
        <translation>Schlüssel (*.pem *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Ignore TLS errors</source>
        <translation>TLS-Fehler ignorieren</translation>
    </message>
    <message>
        <source>Connect even when the certificate cannot be verified; the errors are still shown</source>
        <translation>Auch verbinden, wenn das Zertifikat nicht überprüft werden kann; die Fehler werden trotzdem angezeigt</translation>
    </message>
    <message>
        <source>Text messages</source>
        <translation>Textnachrichten</translation>
    </message>
    <message>
        <source>Binary messages</source>
        <translation>Binärnachrichten</translation>
    </message>
    <message>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <source>Multicast group</source>
        <translation>Multicast-Gruppe</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Beitreten</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Verlassen</translation>
    </message>
    <message>
        <source>Auto-reconnect</source>
        <translation>Automatisch neu verbinden</translation>
    </message>
    <message>
        <source>Connect again every 2 s when the connection is refused or lost</source>
        <translation>Alle 2 s erneut verbinden, wenn die Verbindung abgelehnt wird oder abbricht</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Senden an</translation>
    </message>
    <message>
        <source>client CA (asks for a client certificate)</source>
        <translation>Client-CA (fordert ein Client-Zertifikat an)</translation>
    </message>
    <message>
        <source>extra CA certificates (PEM)</source>
        <translation>zusätzliche CA-Zertifikate (PEM)</translation>
    </message>
    <message>
        <source>server certificate (PEM)</source>
        <translation>Serverzertifikat (PEM)</translation>
    </message>
    <message>
        <source>client certificate (optional)</source>
        <translation>Client-Zertifikat (optional)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Lauschen</translation>
    </message>
    <message>
        <source>Bind</source>
        <translation>Binden</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Close code</source>
        <translation>Schließcode</translation>
    </message>
    <message>
        <source>Sent when you disconnect: 1000 is a normal closure, 1001 going away, 3000–4999 are for applications</source>
        <translation>Wird beim Trennen gesendet: 1000 ist ein normales Schließen, 1001 „going away“, 3000–4999 sind für Anwendungen</translation>
    </message>
    <message>
        <source>255.255.255.255 reaches the local network of the default route; a subnet&apos;s broadcast address reaches that subnet</source>
        <translation>255.255.255.255 erreicht das lokale Netz der Standardroute; die Broadcast-Adresse eines Subnetzes erreicht dieses Subnetz</translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation>Broadcast</translation>
    </message>
    <message>
        <source>Send every datagram to a broadcast address on the port given</source>
        <translation>Jedes Datagramm an eine Broadcast-Adresse auf dem angegebenen Port senden</translation>
    </message>
    <message>
        <source>Broadcast to</source>
        <translation>Broadcast an</translation>
    </message>
</context>
<context>
    <name>wb::ui::CookiesView</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
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
        <translation>Gesetzt von</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>(request path)</source>
        <translation>(Anfragepfad)</translation>
    </message>
    <message>
        <source>end of session</source>
        <translation>Sitzungsende</translation>
    </message>
</context>
<context>
    <name>wb::ui::EnvironmentEditor</name>
    <message>
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Show secret values</source>
        <translation>Geheime Werte anzeigen</translation>
    </message>
    <message>
        <source>Add Variable</source>
        <translation>Variable hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>New Environment</source>
        <translation>Neue Umgebung</translation>
    </message>
    <message>
        <source>Globals</source>
        <translation>Globale Variablen</translation>
    </message>
    <message>
        <source>Globals — available in every environment</source>
        <translation>Globale Variablen – in jeder Umgebung verfügbar</translation>
    </message>
</context>
<context>
    <name>wb::ui::EnvironmentSwitcher</name>
    <message>
        <source>Environment whose variables fill in {{placeholders}}</source>
        <translation>Umgebung, deren Variablen die {{Platzhalter}} ausfüllen</translation>
    </message>
    <message>
        <source>No Environment</source>
        <translation>Keine Umgebung</translation>
    </message>
    <message>
        <source>Manage Environments…</source>
        <translation>Umgebungen verwalten…</translation>
    </message>
</context>
<context>
    <name>wb::ui::ExistingCollectionDialog</name>
    <message>
        <source>Import Collection</source>
        <translation>Sammlung importieren</translation>
    </message>
    <message>
        <source>The collection “%1” is already in the workspace.</source>
        <translation>Die Sammlung „%1“ ist bereits im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Replace it with the imported one (edits made to it since are lost), or import a copy beside it?</source>
        <translation>Durch die importierte ersetzen (seitdem daran vorgenommene Änderungen gehen verloren) oder eine Kopie daneben importieren?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Import as &amp;Copy</source>
        <translation>Als &amp;Kopie importieren</translation>
    </message>
</context>
<context>
    <name>wb::ui::FileImport</name>
    <message>
        <source>%1 could not be read: %2. Nothing was imported.</source>
        <translation>%1 konnte nicht gelesen werden: %2. Es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>wb::ui::FindBar</name>
    <message>
        <source>Find in body</source>
        <translation>Im Body suchen</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorheriges</translation>
    </message>
    <message>
        <source>Find previous (Shift+Enter)</source>
        <translation>Vorheriges suchen (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächstes</translation>
    </message>
    <message>
        <source>Find next (Enter)</source>
        <translation>Nächstes suchen (Enter)</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
</context>
<context>
    <name>wb::ui::FramesModel</name>
    <message>
        <source>→ sent</source>
        <translation>→ gesendet</translation>
    </message>
    <message>
        <source>← received</source>
        <translation>← empfangen</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>%1 bytes on the wire: the 9-byte frame header and a %2-byte payload</source>
        <translation>%1 Bytes auf der Leitung: der 9-Byte-Frame-Header und %2 Bytes Nutzdaten</translation>
    </message>
    <message>
        <source>Milliseconds since this request started; connection frames from before it are negative</source>
        <translation>Millisekunden seit dem Start dieser Anfrage; Verbindungs-Frames von davor sind negativ</translation>
    </message>
    <message>
        <source>Time (ms)</source>
        <translation>Zeit (ms)</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>wb::ui::FramesView</name>
    <message>
        <source>Hop:</source>
        <translation>Schritt:</translation>
    </message>
    <message>
        <source>&amp;Stream:</source>
        <translation>&amp;Stream:</translation>
    </message>
    <message>
        <source>&amp;Types:</source>
        <translation>&amp;Typen:</translation>
    </message>
    <message>
        <source>Which frame types to show</source>
        <translation>Welche Frame-Typen angezeigt werden</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>No HTTP/2 frames were recorded for this exchange.</source>
        <translation>Für diesen Austausch wurden keine HTTP/2-Frames aufgezeichnet.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>All streams (%1)</source>
        <translation>Alle Streams (%1)</translation>
    </message>
    <message>
        <source>0 · connection (%1)</source>
        <translation>0 · Verbindung (%1)</translation>
    </message>
    <message>
        <source>Show All Types</source>
        <translation>Alle Typen anzeigen</translation>
    </message>
    <message>
        <source>Hide DATA Frames</source>
        <translation>DATA-Frames ausblenden</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>No types</source>
        <translation>Keine Typen</translation>
    </message>
    <message>
        <source>%1 types</source>
        <translation>%1 Typen</translation>
    </message>
    <message>
        <source>1 frame</source>
        <translation>1 Frame</translation>
    </message>
    <message>
        <source>%1 frames</source>
        <translation>%1 Frames</translation>
    </message>
    <message>
        <source>%1 of %2 frames</source>
        <translation>%1 von %2 Frames</translation>
    </message>
    <message>
        <source>Select a frame to see its bytes.</source>
        <translation>Wählen Sie einen Frame, um seine Bytes zu sehen.</translation>
    </message>
    <message>
        <source>the connection (stream 0)</source>
        <translation>der Verbindung (Stream 0)</translation>
    </message>
    <message>
        <source>stream %1</source>
        <translation>Stream %1</translation>
    </message>
    <message>
        <source>%1 sent on %2 at %3 ms</source>
        <translation>%1 gesendet auf %2 bei %3 ms</translation>
    </message>
    <message>
        <source>%1 received on %2 at %3 ms</source>
        <translation>%1 empfangen auf %2 bei %3 ms</translation>
    </message>
    <message>
        <source>Flags: %1</source>
        <translation>Flags: %1</translation>
    </message>
    <message>
        <source>9-byte header and a %1-byte payload; the first %2 payload bytes were kept</source>
        <translation>9-Byte-Header und %1 Bytes Nutzdaten; die ersten %2 Bytes der Nutzdaten wurden behalten</translation>
    </message>
    <message>
        <source>9-byte header and a %1-byte payload</source>
        <translation>9-Byte-Header und %1 Bytes Nutzdaten</translation>
    </message>
</context>
<context>
    <name>wb::ui::HeadersEditor</name>
    <message>
        <source>Added when sent</source>
        <translation>Beim Senden hinzugefügt</translation>
    </message>
    <message>
        <source>Headers the engine adds; a header of the same name above replaces them</source>
        <translation>Header, die die Engine hinzufügt; ein gleichnamiger Header weiter oben ersetzt sie</translation>
    </message>
</context>
<context>
    <name>wb::ui::HeadersView</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>interim response</source>
        <translation>Zwischenantwort</translation>
    </message>
    <message>
        <source>Trailers</source>
        <translation>Trailer</translation>
    </message>
</context>
<context>
    <name>wb::ui::HistoryDelegate</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Keine Antwort</translation>
    </message>
</context>
<context>
    <name>wb::ui::HistoryModel</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
</context>
<context>
    <name>wb::ui::HistoryPanel</name>
    <message>
        <source>Search history</source>
        <translation>Verlauf durchsuchen</translation>
    </message>
    <message>
        <source>Words in the method, URL, status, headers or body; end a word with * to match its start</source>
        <translation>Wörter aus Methode, URL, Status, Headern oder Body; ein * am Wortende findet alle Wörter mit diesem Anfang</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Clear History…</source>
        <translation>Verlauf leeren…</translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation>Verlauf leeren</translation>
    </message>
    <message>
        <source>Delete every entry in the history of this workspace? This cannot be undone.</source>
        <translation>Alle Einträge im Verlauf dieses Arbeitsbereichs löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>No history yet</source>
        <translation>Noch kein Verlauf</translation>
    </message>
    <message>
        <source>Every request you send and every socket session appears here, newest first and grouped by day. Search it above, open an entry with a double click or Enter, delete it with Delete.</source>
        <translation>Jede gesendete Anfrage und jede Socket-Sitzung erscheint hier, die neueste zuerst und nach Tagen gruppiert. Oben können Sie den Verlauf durchsuchen; öffnen Sie einen Eintrag per Doppelklick oder mit Enter, löschen Sie ihn mit Entf.</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>Nothing in the history matches “%1”.</source>
        <translation>Kein Eintrag im Verlauf passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>wb::ui::InputPanel</name>
    <message>
        <source>Type what to send. Escapes: \r \n \t \0 \xNN \\ — or switch to Hex. Ctrl+Enter sends.</source>
        <translation>Geben Sie ein, was gesendet werden soll. Escape-Sequenzen: \r \n \t \0 \xNN \\ – oder wechseln Sie zu Hex. Ctrl+Enter sendet.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Text with escapes, or hex digits such as “de ad be ef”</source>
        <translation>Text mit Escape-Sequenzen oder Hex-Ziffern wie „de ad be ef“</translation>
    </message>
    <message>
        <source>No line ending</source>
        <translation>Kein Zeilenende</translation>
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
        <translation>An</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Senden (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Send File…</source>
        <translation>Datei senden…</translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>Wiederholen alle</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>0 ms sends as fast as the connection takes it</source>
        <translation>Bei 0 ms wird so schnell gesendet, wie die Verbindung es zulässt</translation>
    </message>
    <message>
        <source>× </source>
        <translation>× </translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation>bis zum Stopp</translation>
    </message>
    <message>
        <source>Saved snippets of this workspace</source>
        <translation>Gespeicherte Snippets dieses Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Save the input as a snippet of this workspace</source>
        <translation>Die Eingabe als Snippet dieses Arbeitsbereichs speichern</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the chosen snippet</source>
        <translation>Das gewählte Snippet löschen</translation>
    </message>
    <message>
        <source>Send to every connected client, or to one</source>
        <translation>An jeden verbundenen Client senden oder an einen bestimmten</translation>
    </message>
    <message>
        <source>Where datagrams go: the address in the bar above, a peer seen, or any host:port (255.255.255.255:PORT broadcasts)</source>
        <translation>Wohin Datagramme gehen: an die Adresse in der Leiste oben, an eine bereits gesehene Gegenstelle oder an einen beliebigen host:port (255.255.255.255:PORT sendet als Broadcast)</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Alle Clients</translation>
    </message>
    <message>
        <source>Address above</source>
        <translation>Adresse oben</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Send File</source>
        <translation>Datei senden</translation>
    </message>
    <message>
        <source>Save Snippet</source>
        <translation>Snippet speichern</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Snippets</source>
        <translation>Snippets</translation>
    </message>
</context>
<context>
    <name>wb::ui::JsonReindenter</name>
    <message>
        <source>A string breaks across lines at byte %1.</source>
        <translation>Ein String erstreckt sich bei Byte %1 über mehrere Zeilen.</translation>
    </message>
    <message>
        <source>Unexpected data after the value at byte %1.</source>
        <translation>Unerwartete Daten nach dem Wert bei Byte %1.</translation>
    </message>
    <message>
        <source>An unmatched &apos;%1&apos; at byte %2.</source>
        <translation>Ein &apos;%1&apos; ohne Gegenstück bei Byte %2.</translation>
    </message>
    <message>
        <source>Unexpected character &apos;%1&apos; at byte %2.</source>
        <translation>Unerwartetes Zeichen &apos;%1&apos; bei Byte %2.</translation>
    </message>
    <message>
        <source>The JSON ends before all its objects, arrays and strings are closed.</source>
        <translation>Das JSON endet, bevor alle Objekte, Arrays und Strings geschlossen sind.</translation>
    </message>
    <message>
        <source>The body is empty.</source>
        <translation>Der Body ist leer.</translation>
    </message>
</context>
<context>
    <name>wb::ui::JsonTreeModel</name>
    <message>
        <source>(root)</source>
        <translation>(Wurzel)</translation>
    </message>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n Schlüssel}</numerusform>
            <numerusform>{%n Schlüssel}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n Element]</numerusform>
            <numerusform>[%n Elemente]</numerusform>
        </translation>
    </message>
    <message>
        <source>object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>array</source>
        <translation>Array</translation>
    </message>
    <message>
        <source>string</source>
        <translation>String</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>Boolean</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>wb::ui::KeyValueTable</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Send this row</source>
        <translation>Diese Zeile senden</translation>
    </message>
</context>
<context>
    <name>wb::ui::MainMenus</name>
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
    <message>
        <source>&amp;Save to Collection</source>
        <translation>&amp;In Sammlung speichern</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Save to Collection &amp;As…</source>
        <translation>In Sammlung speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Manage &amp;Environments…</source>
        <translation>U&amp;mgebungen verwalten…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Copy Request as c&amp;URL</source>
        <translation>Anfrage als c&amp;URL kopieren</translation>
    </message>
    <message>
        <source>Ctrl+Alt+C</source>
        <translation>Ctrl+Alt+C</translation>
    </message>
    <message>
        <source>&amp;Generate Code…</source>
        <translation>Code &amp;erzeugen…</translation>
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
    <message numerus="yes">
        <source>%n exchange(s) could not be added to the history: %1</source>
        <translation>
            <numerusform>%n Austausch konnte nicht in den Verlauf aufgenommen werden: %1</numerusform>
            <numerusform>%n Austausche konnten nicht in den Verlauf aufgenommen werden: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the request as a cURL command.</source>
        <translation>Anfrage als cURL-Befehl kopiert.</translation>
    </message>
</context>
<context>
    <name>wb::ui::PeersPanel</name>
    <message>
        <source>Send To</source>
        <translation>Senden an</translation>
    </message>
    <message>
        <source>Send the input to the selected peer only</source>
        <translation>Die Eingabe nur an die ausgewählte Gegenstelle senden</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>Connected clients: %1</source>
        <translation>Verbundene Clients: %1</translation>
    </message>
    <message>
        <source>Peers seen: %1</source>
        <translation>Gesehene Gegenstellen: %1</translation>
    </message>
</context>
<context>
    <name>wb::ui::PrettyView</name>
    <message>
        <source>Tree</source>
        <translation>Baum</translation>
    </message>
    <message>
        <source>Browse the JSON as a collapsible tree</source>
        <translation>Das JSON als aufklappbaren Baum durchsuchen</translation>
    </message>
    <message>
        <source>Formatting…</source>
        <translation>Wird formatiert…</translation>
    </message>
    <message>
        <source>Shown as received: %1</source>
        <translation>Wie empfangen angezeigt: %1</translation>
    </message>
    <message>
        <source>The body is too large for the tree; use the formatted text.</source>
        <translation>Der Body ist zu groß für die Baumansicht; verwenden Sie den formatierten Text.</translation>
    </message>
    <message>
        <source>Parsing…</source>
        <translation>Wird geparst…</translation>
    </message>
    <message>
        <source>The body is not valid JSON at byte %1: %2</source>
        <translation>Der Body ist bei Byte %1 kein gültiges JSON: %2</translation>
    </message>
</context>
<context>
    <name>wb::ui::PreviewView</name>
    <message>
        <source>Nothing to preview.</source>
        <translation>Keine Vorschau verfügbar.</translation>
    </message>
    <message>
        <source>The body could not be read from its file.</source>
        <translation>Der Body konnte nicht aus seiner Datei gelesen werden.</translation>
    </message>
    <message>
        <source>%1 image, %2 × %3 pixels</source>
        <translation>%1-Bild, %2 × %3 Pixel</translation>
    </message>
    <message>
        <source>The image could not be decoded: %1</source>
        <translation>Das Bild konnte nicht dekodiert werden: %1</translation>
    </message>
    <message>
        <source>Shown as source; no script runs. The first %1 of %2 bytes are shown here; the Raw view pages through all of them.</source>
        <translation>Als Quelltext angezeigt; es werden keine Skripte ausgeführt. Hier werden die ersten %1 von %2 Bytes angezeigt; in der Raw-Ansicht können Sie durch alle blättern.</translation>
    </message>
    <message>
        <source>Shown as source; no script runs.</source>
        <translation>Als Quelltext angezeigt; es werden keine Skripte ausgeführt.</translation>
    </message>
    <message>
        <source>No preview for %1; use the Raw or Hex view.</source>
        <translation>Keine Vorschau für %1; verwenden Sie die Raw- oder Hex-Ansicht.</translation>
    </message>
    <message>
        <source>this content</source>
        <translation>diesen Inhalt</translation>
    </message>
</context>
<context>
    <name>wb::ui::RequestComposer</name>
    <message>
        <source>Params</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Auth</source>
        <translation>Auth</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>What this request is for, what it needs and what it returns (Markdown is kept as written and exported with the collection).</source>
        <translation>Wozu diese Anfrage dient, was sie braucht und was sie liefert (Markdown bleibt wie geschrieben erhalten und wird mit der Sammlung exportiert).</translation>
    </message>
    <message>
        <source>Docs</source>
        <translation>Doku</translation>
    </message>
</context>
<context>
    <name>wb::ui::RequestController</name>
    <message>
        <source>%1: %2 %3 in %4, %5</source>
        <extracomment>A finished request in the status bar: &quot;GET example.com/a: 200 OK in 120 ms, 5 KB&quot;.</extracomment>
        <translation>%1: %2 %3 in %4, %5</translation>
    </message>
    <message>
        <source>The pasted text is not a cURL command Wirebench can read: %1</source>
        <translation>Der eingefügte Text ist kein cURL-Befehl, den Wirebench lesen kann: %1</translation>
    </message>
    <message>
        <source>Imported the cURL command.</source>
        <translation>cURL-Befehl importiert.</translation>
    </message>
    <message>
        <source>Imported the cURL command; not applied: %1</source>
        <translation>cURL-Befehl importiert; nicht übernommen: %1</translation>
    </message>
    <message>
        <source>New Request</source>
        <translation>Neue Anfrage</translation>
    </message>
</context>
<context>
    <name>wb::ui::RequestSettingsEditor</name>
    <message>
        <source>Follow redirects</source>
        <translation>Weiterleitungen folgen</translation>
    </message>
    <message>
        <source>Verify the server&apos;s TLS certificate</source>
        <translation>TLS-Zertifikat des Servers überprüfen</translation>
    </message>
    <message>
        <source>Extra CA certificates (PEM)</source>
        <translation>Zusätzliche CA-Zertifikate (PEM)</translation>
    </message>
    <message>
        <source>Choose a CA Bundle</source>
        <translation>CA-Bundle wählen</translation>
    </message>
    <message>
        <source>Client certificate (PEM or PKCS#12)</source>
        <translation>Client-Zertifikat (PEM oder PKCS#12)</translation>
    </message>
    <message>
        <source>Choose a Client Certificate</source>
        <translation>Client-Zertifikat wählen</translation>
    </message>
    <message>
        <source>Client key (PEM; empty with PKCS#12)</source>
        <translation>Client-Schlüssel (PEM; leer bei PKCS#12)</translation>
    </message>
    <message>
        <source>Choose a Client Key</source>
        <translation>Client-Schlüssel wählen</translation>
    </message>
    <message>
        <source>From the environment; &quot;none&quot;, or http:// or socks5:// URL</source>
        <translation>Aus der Umgebung; &quot;none&quot; oder eine http://- bzw. socks5://-URL</translation>
    </message>
    <message>
        <source>Decode gzip, deflate, br and zstd bodies</source>
        <translation>gzip-, deflate-, br- und zstd-Bodys dekodieren</translation>
    </message>
    <message>
        <source>Report tolerated protocol deviations as errors</source>
        <translation>Tolerierte Protokollabweichungen als Fehler melden</translation>
    </message>
    <message>
        <source>Most redirects:</source>
        <translation>Max. Weiterleitungen:</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>CA-Datei:</translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation>Client-Zertifikat:</translation>
    </message>
    <message>
        <source>Client key:</source>
        <translation>Client-Schlüssel:</translation>
    </message>
    <message>
        <source>Key password:</source>
        <translation>Schlüsselpasswort:</translation>
    </message>
    <message>
        <source>Connect timeout:</source>
        <translation>Verbindungs-Timeout:</translation>
    </message>
    <message>
        <source>Total timeout:</source>
        <translation>Gesamt-Timeout:</translation>
    </message>
    <message>
        <source>Idle timeout:</source>
        <translation>Leerlauf-Timeout:</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>Proxy:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>https: offers HTTP/2 and HTTP/1.1 by ALPN and uses what the server picks; http: HTTP/1.1</source>
        <translation>https: bietet HTTP/2 und HTTP/1.1 per ALPN an und nimmt, was der Server wählt; http: HTTP/1.1</translation>
    </message>
    <message>
        <source>HTTP/1.1 only</source>
        <translation>Nur HTTP/1.1</translation>
    </message>
    <message>
        <source>Never HTTP/2</source>
        <translation>Nie HTTP/2</translation>
    </message>
    <message>
        <source>HTTP/2 only</source>
        <translation>Nur HTTP/2</translation>
    </message>
    <message>
        <source>https: fails when the server does not agree to h2 by ALPN; http: prior knowledge (h2c)</source>
        <translation>https: schlägt fehl, wenn der Server per ALPN nicht h2 zustimmt; http: Prior Knowledge (h2c)</translation>
    </message>
    <message>
        <source>HTTP/2 with prior knowledge (h2c)</source>
        <translation>HTTP/2 mit Prior Knowledge (h2c)</translation>
    </message>
    <message>
        <source>Cleartext HTTP/2 from the first byte, without an upgrade; for servers known to speak it</source>
        <translation>Unverschlüsseltes HTTP/2 ab dem ersten Byte, ohne Upgrade; für Server, die es bekanntlich sprechen</translation>
    </message>
    <message>
        <source>Which HTTP version this request may use</source>
        <translation>Welche HTTP-Version diese Anfrage verwenden darf</translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation>&amp;Protokoll:</translation>
    </message>
</context>
<context>
    <name>wb::ui::ResponseInspector</name>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Body</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Cookies</source>
        <translation>Cookies</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Timing</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Wire</source>
        <translation>Übertragung</translation>
    </message>
    <message>
        <source>Find in Body</source>
        <translation>Im Body suchen</translation>
    </message>
    <message>
        <source>Save Body As…</source>
        <translation>Body speichern unter…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+S</source>
        <translation>Ctrl+Alt+S</translation>
    </message>
    <message>
        <source>Copy as cURL</source>
        <translation>Als cURL kopieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Pretty</source>
        <translation>Formatiert</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Raw</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Headers (%1)</source>
        <translation>Header (%1)</translation>
    </message>
    <message>
        <source>Cookies (%1)</source>
        <translation>Cookies (%1)</translation>
    </message>
    <message>
        <source>The response has no body.</source>
        <translation>Die Antwort hat keinen Body.</translation>
    </message>
    <message>
        <source>Save Response Body</source>
        <translation>Antwort-Body speichern</translation>
    </message>
    <message>
        <source>Saved the body to %1.</source>
        <translation>Body in %1 gespeichert.</translation>
    </message>
    <message>
        <source>The body could not be saved to %1: %2. Check that the folder exists and that you may write to it.</source>
        <translation>Der Body konnte nicht in %1 gespeichert werden: %2. Prüfen Sie, ob der Ordner existiert und Sie darin schreiben dürfen.</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>Frames</translation>
    </message>
    <message>
        <source>Every HTTP/2 frame of this request, both ways</source>
        <translation>Jeder HTTP/2-Frame dieser Anfrage, in beide Richtungen</translation>
    </message>
    <message>
        <source>Frames (%1)</source>
        <translation>Frames (%1)</translation>
    </message>
</context>
<context>
    <name>wb::ui::SaveRequestDialog</name>
    <message>
        <source>Save Request</source>
        <translation>Anfrage speichern</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>Neue Sammlung…</translation>
    </message>
    <message>
        <source>New Collection</source>
        <translation>Neue Sammlung</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Speichern in:</translation>
    </message>
    <message>
        <source>New collection name:</source>
        <translation>Name der neuen Sammlung:</translation>
    </message>
</context>
<context>
    <name>wb::ui::ScopeSettingsDialog</name>
    <message>
        <source>Settings of “%1”</source>
        <translation>Einstellungen von „%1“</translation>
    </message>
    <message>
        <source>Every request below “%1” uses these variables and headers, and this auth unless it sets its own.</source>
        <translation>Jede Anfrage unterhalb von „%1“ verwendet diese Variablen und Header sowie diese Auth, sofern sie keine eigene festlegt.</translation>
    </message>
    <message>
        <source>Add Variable</source>
        <translation>Variable hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Set auth for the requests below</source>
        <translation>Auth für die Anfragen darunter festlegen</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variablen</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Auth</source>
        <translation>Auth</translation>
    </message>
    <message>
        <source>Docs</source>
        <translation>Doku</translation>
    </message>
</context>
<context>
    <name>wb::ui::Sidebar</name>
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
    <name>wb::ui::SnippetStore</name>
    <message>
        <source>The snippets could not be saved to %1: %2</source>
        <translation>Die Snippets konnten nicht in %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>wb::ui::SocketConsolePage</name>
    <message numerus="yes">
        <source>Sent %n time(s).</source>
        <translation>
            <numerusform>%n-mal gesendet.</numerusform>
            <numerusform>%n-mal gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent the file (%1).</source>
        <translation>Datei gesendet (%1).</translation>
    </message>
    <message>
        <source>Sending the file: %1 of %2</source>
        <translation>Datei wird gesendet: %1 von %2</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Wird geöffnet…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>Lauscht an %1</translation>
    </message>
    <message>
        <source>Bound to %1</source>
        <translation>An %1 gebunden</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>Closing…</source>
        <translation>Wird geschlossen…</translation>
    </message>
    <message>
        <source>Disconnected; reconnecting</source>
        <translation>Getrennt; neue Verbindung wird hergestellt</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>The repetition could not start.</source>
        <translation>Die Wiederholung konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>“%1” is not a multicast group address (224.0.0.0 to 239.255.255.255, or ff00::/8).</source>
        <translation>„%1“ ist keine Multicast-Gruppenadresse (224.0.0.0 bis 239.255.255.255 oder ff00::/8).</translation>
    </message>
    <message>
        <source>The session could not be kept in history: %1</source>
        <translation>Die Sitzung konnte nicht im Verlauf gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>wb::ui::StatusStrip</name>
    <message>
        <source>Total time from queueing the request to the last response byte</source>
        <translation>Gesamtzeit vom Einreihen der Anfrage bis zum letzten Byte der Antwort</translation>
    </message>
    <message>
        <source>Size of the response body as received</source>
        <translation>Größe des Antwort-Bodys wie empfangen</translation>
    </message>
    <message>
        <source>No response yet</source>
        <translation>Noch keine Antwort</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Keine Antwort</translation>
    </message>
    <message numerus="yes">
        <source>%n redirect(s)</source>
        <translation>
            <numerusform>%n Weiterleitung</numerusform>
            <numerusform>%n Weiterleitungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the host name for typos, and your network or proxy settings.</source>
        <translation>Prüfen Sie den Hostnamen auf Tippfehler sowie Ihre Netzwerk- oder Proxy-Einstellungen.</translation>
    </message>
    <message>
        <source>Check that the server is running and listening on this port.</source>
        <translation>Prüfen Sie, ob der Server läuft und auf diesem Port lauscht.</translation>
    </message>
    <message>
        <source>Check your network connection, VPN or firewall.</source>
        <translation>Prüfen Sie Ihre Netzwerkverbindung, Ihr VPN oder Ihre Firewall.</translation>
    </message>
    <message>
        <source>Try again, or raise the timeouts in the request&apos;s Settings tab.</source>
        <translation>Versuchen Sie es erneut oder erhöhen Sie die Timeouts im Tab „Einstellungen“ der Anfrage.</translation>
    </message>
    <message>
        <source>Check the TLS view for the certificate chain; add the issuing CA in Settings, or turn off TLS verification for this request if you trust the server.</source>
        <translation>Prüfen Sie die Zertifikatskette in der TLS-Ansicht; fügen Sie die ausstellende CA in den Einstellungen hinzu oder deaktivieren Sie die TLS-Überprüfung für diese Anfrage, wenn Sie dem Server vertrauen.</translation>
    </message>
    <message>
        <source>The server closed the connection; try again or look at the Wire view.</source>
        <translation>Der Server hat die Verbindung geschlossen; versuchen Sie es erneut oder sehen Sie in der Ansicht „Übertragung“ nach.</translation>
    </message>
    <message>
        <source>Look at the Wire view to see the bytes the server sent.</source>
        <translation>In der Ansicht „Übertragung“ sehen Sie die Bytes, die der Server gesendet hat.</translation>
    </message>
    <message>
        <source>Check that the file exists and that you may read and write it.</source>
        <translation>Prüfen Sie, ob die Datei existiert und Sie sie lesen und schreiben dürfen.</translation>
    </message>
    <message>
        <source>Correct the request and send it again.</source>
        <translation>Korrigieren Sie die Anfrage und senden Sie sie erneut.</translation>
    </message>
    <message>
        <source>Raise the limit in the request&apos;s Settings tab if you expect a body this large.</source>
        <translation>Erhöhen Sie das Limit im Tab „Einstellungen“ der Anfrage, wenn Sie einen so großen Body erwarten.</translation>
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
        <translation>%1 · wird empfangen…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Body bytes received so far of those the response announced: &quot;1.2 KB of 5.0 KB&quot;.</extracomment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>The HTTP version used and what TLS negotiated by ALPN</source>
        <translation>Die verwendete HTTP-Version und was TLS per ALPN ausgehandelt hat</translation>
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
        <translation>%1 (ungespeicherte Änderungen)</translation>
    </message>
</context>
<context>
    <name>wb::ui::TimingView</name>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>DNS lookup</source>
        <translation>DNS-Auflösung</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>TLS-Handshake</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Wait (TTFB)</source>
        <translation>Warten (TTFB)</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>No timings yet.</source>
        <translation>Noch keine Zeiten.</translation>
    </message>
    <message>
        <source>reused</source>
        <translation>wiederverwendet</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>gestartet %1</translation>
    </message>
    <message>
        <source>So far</source>
        <translation>Bisher</translation>
    </message>
</context>
<context>
    <name>wb::ui::TlsView</name>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>Nicht verwendet</translation>
    </message>
    <message>
        <source>The exchange was not encrypted.</source>
        <translation>Der Austausch war nicht verschlüsselt.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation>Cipher-Suite</translation>
    </message>
    <message>
        <source>ALPN</source>
        <translation>ALPN</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Server name (SNI)</source>
        <translation>Servername (SNI)</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Skipped by request settings</source>
        <translation>Durch Anfrage-Einstellungen übersprungen</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Vertrauenswürdig</translation>
    </message>
    <message>
        <source>Ignored error</source>
        <translation>Ignorierter Fehler</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Zertifikatskette</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n Zertifikat</numerusform>
            <numerusform>%n Zertifikate</numerusform>
        </translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Issuer %1</source>
        <translation>Aussteller %1</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Alternative names</source>
        <translation>Alternative Namen</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
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
        <translation>Der Arbeitsbereich kommt mit dem Datenstrom nicht mit: Bis er aufholt, werden Blöcke auf %1 gekürzt gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%n older chunk(s) are not held: without a workspace they cannot be loaded back.</source>
        <translation>
            <numerusform>%n älterer Block wird nicht vorgehalten: Ohne Arbeitsbereich kann er nicht nachgeladen werden.</numerusform>
            <numerusform>%n ältere Blöcke werden nicht vorgehalten: Ohne Arbeitsbereich können sie nicht nachgeladen werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older chunk(s) cannot be loaded from the workspace: %1</source>
        <translation>
            <numerusform>%n älterer Block kann nicht aus dem Arbeitsbereich geladen werden: %1</numerusform>
            <numerusform>%n ältere Blöcke können nicht aus dem Arbeitsbereich geladen werden: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading older chunks…</source>
        <translation>Ältere Blöcke werden geladen …</translation>
    </message>
    <message numerus="yes">
        <source>%n older chunk(s); scroll up to load them.</source>
        <translation>
            <numerusform>%n älterer Block; nach oben scrollen, um ihn zu laden.</numerusform>
            <numerusform>%n ältere Blöcke; nach oben scrollen, um sie zu laden.</numerusform>
        </translation>
    </message>
    <message>
        <source>the workspace does not have them.</source>
        <translation>Der Arbeitsbereich enthält sie nicht.</translation>
    </message>
    <message numerus="yes">
        <source>-- %n older chunk(s) of this session were not kept and are left out.
</source>
        <translation>
            <numerusform>-- %n älterer Block dieser Sitzung wurde nicht behalten und fehlt.
</numerusform>
            <numerusform>-- %n ältere Blöcke dieser Sitzung wurden nicht behalten und fehlen.
</numerusform>
        </translation>
    </message>
    <message>
        <source>The transcript could not be written to %1: %2</source>
        <translation>Der Mitschnitt konnte nicht in %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>wb::ui::TranscriptPane</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Hex + ASCII</source>
        <translation>Hex + ASCII</translation>
    </message>
    <message>
        <source>Filter: text, hex bytes or peer</source>
        <translation>Filter: Text, Hex-Bytes oder Gegenstelle</translation>
    </message>
    <message>
        <source>Pause Autoscroll</source>
        <translation>Automatisches Scrollen anhalten</translation>
    </message>
    <message>
        <source>Keep the view still while data arrives (End jumps to the newest)</source>
        <translation>Ansicht anhalten, während Daten ankommen (Ende springt zu den neuesten)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear the view; history keeps the session</source>
        <translation>Ansicht leeren; der Verlauf behält die Sitzung</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the transcript as a text file</source>
        <translation>Den Mitschnitt als Textdatei speichern</translation>
    </message>
    <message numerus="yes">
        <source>%n chunk(s) · received %1 · sent %2</source>
        <translation>
            <numerusform>%n Block · empfangen %1 · gesendet %2</numerusform>
            <numerusform>%n Blöcke · empfangen %1 · gesendet %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Transcript</source>
        <translation>Mitschnitt exportieren</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>wb::ui::TranscriptView</name>
    <message>
        <source>Nothing sent or received yet.</source>
        <translation>Noch nichts gesendet oder empfangen.</translation>
    </message>
    <message>
        <source>No chunk matches the filter.</source>
        <translation>Kein Block entspricht dem Filter.</translation>
    </message>
</context>
<context>
    <name>wb::ui::UrlBar</name>
    <message>
        <source>Request method: pick one or type any token</source>
        <translation>Anfragemethode: eine auswählen oder ein beliebiges Token eingeben</translation>
    </message>
    <message>
        <source>Enter a URL, or paste a cURL command</source>
        <translation>URL eingeben oder cURL-Befehl einfügen</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send the request (Ctrl+Enter)</source>
        <translation>Anfrage senden (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Send Request</source>
        <translation>Anfrage senden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the request (Ctrl+Enter)</source>
        <translation>Anfrage abbrechen (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>wb::ui::VariableHighlighter</name>
    <message>
        <source>global</source>
        <translation>global</translation>
    </message>
    <message>
        <source>collection</source>
        <translation>Sammlung</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>local</source>
        <translation>lokal</translation>
    </message>
    <message>
        <source>dynamic, new on every send</source>
        <translation>dynamisch, bei jedem Senden neu</translation>
    </message>
    <message>
        <source>{{%1}} is not defined in the globals, the collection or the active environment.</source>
        <translation>{{%1}} ist weder in den globalen Variablen noch in der Sammlung oder der aktiven Umgebung definiert.</translation>
    </message>
    <message>
        <source>{{%1}} = %2 (%3)</source>
        <translation>{{%1}} = %2 (%3)</translation>
    </message>
</context>
<context>
    <name>wb::ui::VariablesTable</name>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheim</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Secret values are masked and left out of exports</source>
        <translation>Geheime Werte werden maskiert und nicht exportiert</translation>
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
    <name>wb::ui::WindowPlaces</name>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <source>The environment whose variables requests use (%1 to manage)</source>
        <translation>Die Umgebung, deren Variablen Anfragen verwenden (verwalten mit %1)</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
</context>
<context>
    <name>wb::ui::WireView</name>
    <message>
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>%1. %2 %3 → %4</source>
        <translation>%1. %2 %3 → %4</translation>
    </message>
    <message>
        <source>
[… %1 more bytes; the Raw and Hex views page through the whole body]</source>
        <translation>
[… %1 weitere Bytes; in der Raw- und Hex-Ansicht können Sie durch den ganzen Body blättern]</translation>
    </message>
    <message>
        <source>── Sent ──
</source>
        <translation>── Gesendet ──
</translation>
    </message>
    <message>
        <source>── Sent to %1 port %2 ──
</source>
        <translation>── Gesendet an %1 Port %2 ──
</translation>
    </message>
    <message>
        <source>

── Received ──
</source>
        <translation>

── Empfangen ──
</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nichts)</translation>
    </message>
    <message>
        <source>

── Error ──
%1</source>
        <translation>

── Fehler ──
%1</translation>
    </message>
    <message>
        <source>(HTTP/2: the request as a head; the exact HPACK-encoded HEADERS and DATA frames are in the Frames view)
</source>
        <translation>(HTTP/2: die Anfrage als Kopf; die exakten HPACK-kodierten HEADERS- und DATA-Frames stehen in der Frames-Ansicht)
</translation>
    </message>
    <message>
        <source>(HTTP/2: this stream&apos;s frames exactly as received, 9-byte headers and payloads; the Frames view decodes them)
</source>
        <translation>(HTTP/2: die Frames dieses Streams genau wie empfangen, 9-Byte-Köpfe und Nutzdaten; die Frames-Ansicht dekodiert sie)
</translation>
    </message>
    <message>
        <source>[… %1 more bytes]</source>
        <translation>[… %1 weitere Bytes]</translation>
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
    <message>
        <source>The item is not in this collection. Reload the collection and try again.</source>
        <translation>Das Element ist nicht in dieser Sammlung. Laden Sie die Sammlung neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a request. Choose a request.</source>
        <translation>„%1“ ist ein Ordner, keine Anfrage. Wählen Sie eine Anfrage.</translation>
    </message>
    <message>
        <source>A request cannot hold other items. Choose a folder instead.</source>
        <translation>Eine Anfrage kann keine anderen Elemente enthalten. Wählen Sie stattdessen einen Ordner.</translation>
    </message>
    <message>
        <source>A folder cannot be moved into itself. Choose another destination.</source>
        <translation>Ein Ordner kann nicht in sich selbst verschoben werden. Wählen Sie ein anderes Ziel.</translation>
    </message>
    <message>
        <source>The workspace already holds the collection “%1” (%2), imported before. Choose whether the import replaces it (edits made to it since are lost) or comes in as a copy beside it.</source>
        <translation>Der Arbeitsbereich enthält die Sammlung „%1“ (%2) bereits, früher importiert. Wählen Sie, ob der Import sie ersetzt (seitdem daran vorgenommene Änderungen gehen verloren) oder als Kopie daneben hinzukommt.</translation>
    </message>
</context>
</TS>
