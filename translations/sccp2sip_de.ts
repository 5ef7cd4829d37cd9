<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>BenchPage</name>
        <message>
            <source>Bench</source>
            <translation>Prüfstand</translation>
        </message>
        <message>
            <source>Start the bench, then power up the phones on its switch. Each phone appears in the table and moves to verified on its own; the ones that need you say what to do.</source>
            <translation>Starten Sie den Prüfstand und schalten Sie dann die Telefone an seinem Switch ein. Jedes Telefon erscheint in der Tabelle und erreicht verified von selbst; die, die Sie brauchen, sagen, was zu tun ist.</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Starten</translation>
        </message>
        <message>
            <source>S&amp;top</source>
            <translation>S&amp;toppen</translation>
        </message>
        <message>
            <source>&amp;Restart</source>
            <translation>&amp;Neu starten</translation>
        </message>
        <message>
            <source>Stop the bench and start it again with the current settings.</source>
            <translation>Den Prüfstand anhalten und mit den aktuellen Einstellungen neu starten.</translation>
        </message>
        <message>
            <source>Phone counts</source>
            <translation>Telefonzahlen</translation>
        </message>
        <message>
            <source>Start without the stored &amp;passwords</source>
            <translation>&amp;Ohne gespeicherte Passwörter starten</translation>
        </message>
        <message>
            <source>Lines whose password the keychain could not give get none: those phones will not register until you add it.</source>
            <translation>Leitungen, deren Passwort der Schlüsselbund nicht liefern konnte, bekommen keines: Diese Telefone melden sich erst an, wenn Sie es ergänzen.</translation>
        </message>
        <message>
            <source>Show phones</source>
            <translation>Angezeigte Telefone</translation>
        </message>
        <message>
            <source>All phones</source>
            <translation>Alle Telefone</translation>
        </message>
        <message>
            <source>Working</source>
            <translation>In Arbeit</translation>
        </message>
        <message>
            <source>Need attention</source>
            <translation>Brauchen Sie</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>Geprüft</translation>
        </message>
        <message>
            <source>MAC, model or IP address</source>
            <translation>MAC, Modell oder IP-Adresse</translation>
        </message>
        <message>
            <source>Search phones</source>
            <translation>Telefone suchen</translation>
        </message>
        <message>
            <source>Phones on the bench</source>
            <translation>Telefone am Prüfstand</translation>
        </message>
        <message>
            <source>&amp;Hide guide</source>
            <translation>Anleitung &amp;ausblenden</translation>
        </message>
        <message>
            <source>Hide the trust-list guide</source>
            <translation>Die Trust-List-Anleitung ausblenden</translation>
        </message>
        <message>
            <source>Sho&amp;w:</source>
            <translation>Anzei&amp;gen:</translation>
        </message>
        <message>
            <source>Sear&amp;ch:</source>
            <translation>Su&amp;chen:</translation>
        </message>
        <message>
            <source>The bench is stopped. Press Next for the report, or Start to go on.</source>
            <translation>Der Prüfstand ist angehalten. Weiter zeigt den Bericht, Starten macht weiter.</translation>
        </message>
        <message>
            <source>Press Start when the phones are cabled to the bench switch. Next skips to the report of the last bench.</source>
            <translation>Drücken Sie Starten, wenn die Telefone am Switch des Prüfstands hängen. Weiter springt zum Bericht des letzten Prüfstands.</translation>
        </message>
        <message>
            <source>Starting: reading passwords, opening the DHCP and TFTP servers…</source>
            <translation>Startet: Passwörter werden gelesen, DHCP- und TFTP-Server geöffnet…</translation>
        </message>
        <message>
            <source>Running. Power up the phones; press Stop when you are done, then Next for the report.</source>
            <translation>Läuft. Schalten Sie die Telefone ein; drücken Sie Stoppen, wenn Sie fertig sind, dann Weiter für den Bericht.</translation>
        </message>
        <message>
            <source>Stopping and writing the report…</source>
            <translation>Hält an und schreibt den Bericht…</translation>
        </message>
        <message>
            <source>%1 detected · %2 working · %3 need you · %4 verified · %5 failed</source>
            <translation>%1 erkannt · %2 in Arbeit · %3 brauchen Sie · %4 geprüft · %5 fehlgeschlagen</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1 (%2) keeps a trust list.&lt;/b&gt; Erase it on the phone as shown; the bench goes on by itself.</source>
            <translation>&lt;b&gt;%1 (%2) hat eine Trust List.&lt;/b&gt; Löschen Sie sie am Telefon wie gezeigt; der Prüfstand macht dann von selbst weiter.</translation>
        </message>
        <message>
            <source>unknown model</source>
            <translation>unbekanntes Modell</translation>
        </message>
    </context>
    <context>
        <name>BenchPhoneDetails</name>
        <message>
            <source>Selected phone</source>
            <translation>Ausgewähltes Telefon</translation>
        </message>
        <message>
            <source>Event log of the selected phone</source>
            <translation>Ereignisprotokoll des ausgewählten Telefons</translation>
        </message>
        <message>
            <source>Select a phone to see its event log.</source>
            <translation>Wählen Sie ein Telefon, um sein Ereignisprotokoll zu sehen.</translation>
        </message>
        <message>
            <source>Unknown model</source>
            <translation>Unbekanntes Modell</translation>
        </message>
        <message>
            <source>serial %1</source>
            <translation>Seriennummer %1</translation>
        </message>
        <message>
            <source>load %1 → %2</source>
            <translation>Firmware %1 → %2</translation>
        </message>
    </context>
    <context>
        <name>BenchPhoneModel</name>
        <message>
            <source>Sent %1 (%2 in %3 s).</source>
            <translation>%1 gesendet (%2 in %3 s).</translation>
        </message>
        <message>
            <source>Asked for %1, which this bench does not serve.</source>
            <translation>Hat %1 angefragt, das dieser Prüfstand nicht anbietet.</translation>
        </message>
        <message>
            <source>Sending %1 failed: %2</source>
            <translation>Senden von %1 fehlgeschlagen: %2</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modell</translation>
        </message>
        <message>
            <source>MAC</source>
            <translation>MAC</translation>
        </message>
        <message>
            <source>IP address</source>
            <translation>IP-Adresse</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Stufe</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <source>Speed</source>
            <translation>Tempo</translation>
        </message>
        <message>
            <source>Time left</source>
            <translation>Restzeit</translation>
        </message>
        <message>
            <source>Current file</source>
            <translation>Aktuelle Datei</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>Runs %1; checked on its web page.</source>
            <translation>Läuft mit %1; auf seiner Webseite geprüft.</translation>
        </message>
    </context>
    <context>
        <name>BenchStageStyle</name>
        <message>
            <source>Found on the bench; waiting for it to ask for its files.</source>
            <translation>Am Prüfstand gefunden; wartet darauf, dass es seine Dateien anfragt.</translation>
        </message>
        <message>
            <source>Its trust list makes it ignore this bench: erase the trust list on the phone.</source>
            <translation>Seine Trust List lässt es diesen Prüfstand ignorieren: Löschen Sie die Trust List am Telefon.</translation>
        </message>
        <message>
            <source>Reading its configuration.</source>
            <translation>Liest seine Konfiguration.</translation>
        </message>
        <message>
            <source>Loading the SIP firmware.</source>
            <translation>Lädt die SIP-Firmware.</translation>
        </message>
        <message>
            <source>Restarting with the new firmware.</source>
            <translation>Startet mit der neuen Firmware neu.</translation>
        </message>
        <message>
            <source>Runs SIP; checking its web page.</source>
            <translation>Läuft mit SIP; seine Webseite wird geprüft.</translation>
        </message>
        <message>
            <source>Converted and checked.</source>
            <translation>Umgestellt und geprüft.</translation>
        </message>
        <message>
            <source>Stopped: see the message for what to do.</source>
            <translation>Angehalten: Die Meldung sagt, was zu tun ist.</translation>
        </message>
        <message>
            <source>No traffic from it for a while: check its cable and power.</source>
            <translation>Seit einer Weile kein Verkehr: Prüfen Sie Kabel und Stromversorgung.</translation>
        </message>
        <message>
            <source>%1/s</source>
            <translation>%1/s</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
    </context>
    <context>
        <name>BenchWizard</name>
        <message>
            <source>sccp2sip — Cisco phone bench</source>
            <translation>sccp2sip — Cisco-Telefon-Werkbank</translation>
        </message>
        <message>
            <source>Show &amp;log</source>
            <translation>&amp;Protokoll anzeigen</translation>
        </message>
    </context>
    <context>
        <name>ErrorMessages</name>
        <message>
            <source>DHCP</source>
            <translation>DHCP</translation>
        </message>
        <message>
            <source>TFTP</source>
            <translation>TFTP</translation>
        </message>
        <message>
            <source>UDP</source>
            <translation>UDP</translation>
        </message>
        <message>
            <source>UDP port %1 (%2) is already in use.</source>
            <translation>UDP-Port %1 (%2) ist bereits belegt.</translation>
        </message>
        <message>
            <source>Another %1 server is running on this computer (for example dnsmasq, Tftpd64 or Windows Internet Connection Sharing).</source>
            <translation>Auf diesem Computer läuft bereits ein anderer %1-Server (zum Beispiel dnsmasq, Tftpd64 oder die Windows-Internetverbindungsfreigabe).</translation>
        </message>
        <message>
            <source>It is held by %1.</source>
            <translation>Er wird von %1 belegt.</translation>
        </message>
        <message>
            <source>Stop that program, then press Check again.</source>
            <translation>Beenden Sie dieses Programm und klicken Sie dann auf „Erneut prüfen“.</translation>
        </message>
        <message>
            <source>sccp2sip may not open UDP port %1 (%2).</source>
            <translation>sccp2sip darf UDP-Port %1 (%2) nicht öffnen.</translation>
        </message>
        <message>
            <source>Windows refused the port, usually because the firewall blocks it.</source>
            <translation>Windows hat den Port verweigert, meist weil die Firewall ihn sperrt.</translation>
        </message>
        <message>
            <source>Allow sccp2sip in Windows Defender Firewall for all network profiles (the installer adds this rule), then press Check again.</source>
            <translation>Lassen Sie sccp2sip in der Windows Defender Firewall für alle Netzwerkprofile zu (das Installationsprogramm legt diese Regel an) und klicken Sie dann auf „Erneut prüfen“.</translation>
        </message>
        <message>
            <source>macOS refused the port.</source>
            <translation>macOS hat den Port verweigert.</translation>
        </message>
        <message>
            <source>Allow incoming connections for sccp2sip in System Settings &gt; Network &gt; Firewall, then press Check again.</source>
            <translation>Erlauben Sie eingehende Verbindungen für sccp2sip unter Systemeinstellungen &gt; Netzwerk &gt; Firewall und klicken Sie dann auf „Erneut prüfen“.</translation>
        </message>
        <message>
            <source>Ports below 1024 need administrator rights or the network capabilities on this program.</source>
            <translation>Ports unter 1024 erfordern Administratorrechte oder die Netzwerk-Capabilities für dieses Programm.</translation>
        </message>
        <message>
            <source>Run the command below once in a terminal, or press Restart as administrator.</source>
            <translation>Führen Sie den folgenden Befehl einmal in einem Terminal aus oder klicken Sie auf „Als Administrator neu starten“.</translation>
        </message>
        <message>
            <source>The address for UDP port %1 (%2) does not exist on this computer.</source>
            <translation>Die Adresse für UDP-Port %1 (%2) gibt es auf diesem Computer nicht.</translation>
        </message>
        <message>
            <source>The network card lost its address or was unplugged.</source>
            <translation>Die Netzwerkkarte hat ihre Adresse verloren oder wurde abgesteckt.</translation>
        </message>
        <message>
            <source>Plug the card in, wait until it has an address, then press Check again.</source>
            <translation>Schließen Sie die Karte an, warten Sie, bis sie eine Adresse hat, und klicken Sie dann auf „Erneut prüfen“.</translation>
        </message>
        <message>
            <source>UDP port %1 (%2) could not be opened.</source>
            <translation>UDP-Port %1 (%2) konnte nicht geöffnet werden.</translation>
        </message>
        <message>
            <source>The operating system reported a socket error.</source>
            <translation>Das Betriebssystem hat einen Socket-Fehler gemeldet.</translation>
        </message>
        <message>
            <source>Open Details for the exact reason, then press Check again.</source>
            <translation>Öffnen Sie „Details“ für den genauen Grund und klicken Sie dann auf „Erneut prüfen“.</translation>
        </message>
        <message>
            <source>The file was not found.</source>
            <translation>Die Datei wurde nicht gefunden.</translation>
        </message>
        <message>
            <source>It was moved, renamed or is on a drive that is not connected.</source>
            <translation>Sie wurde verschoben, umbenannt oder liegt auf einem nicht verbundenen Laufwerk.</translation>
        </message>
        <message>
            <source>Choose the file again.</source>
            <translation>Wählen Sie die Datei erneut aus.</translation>
        </message>
        <message>
            <source>The file could not be read.</source>
            <translation>Die Datei konnte nicht gelesen werden.</translation>
        </message>
        <message>
            <source>You may not have permission to read it, or the disk reported an error.</source>
            <translation>Vielleicht fehlt Ihnen die Leseberechtigung, oder der Datenträger hat einen Fehler gemeldet.</translation>
        </message>
        <message>
            <source>Copy the file to your home folder and choose the copy.</source>
            <translation>Kopieren Sie die Datei in Ihren persönlichen Ordner und wählen Sie die Kopie aus.</translation>
        </message>
        <message>
            <source>sccp2sip could not write to its data folder.</source>
            <translation>sccp2sip konnte nicht in seinen Datenordner schreiben.</translation>
        </message>
        <message>
            <source>The disk is full or the folder is read-only.</source>
            <translation>Der Datenträger ist voll oder der Ordner ist schreibgeschützt.</translation>
        </message>
        <message>
            <source>Free some disk space or fix the folder's permissions, then try again.</source>
            <translation>Schaffen Sie Speicherplatz oder korrigieren Sie die Ordnerberechtigungen und versuchen Sie es dann erneut.</translation>
        </message>
        <message>
            <source>The operation was cancelled.</source>
            <translation>Der Vorgang wurde abgebrochen.</translation>
        </message>
        <message>
            <source>You stopped it before it finished.</source>
            <translation>Sie haben ihn vor dem Ende angehalten.</translation>
        </message>
        <message>
            <source>Start it again when you are ready.</source>
            <translation>Starten Sie ihn erneut, wenn Sie bereit sind.</translation>
        </message>
        <message>
            <source>sccp2sip stopped with an error it has no explanation for yet (%1).</source>
            <translation>sccp2sip wurde durch einen Fehler angehalten, für den es noch keine Erklärung hat (%1).</translation>
        </message>
        <message>
            <source>This should not happen.</source>
            <translation>Das sollte nicht passieren.</translation>
        </message>
        <message>
            <source>Open Details, and send the log file (Show log) with a description of what you did.</source>
            <translation>Öffnen Sie „Details“ und senden Sie die Protokolldatei („Protokoll anzeigen“) mit einer Beschreibung Ihrer Schritte.</translation>
        </message>
        <message>
            <source>The download is larger than any Cisco phone firmware bundle.</source>
            <translation>Der Download ist größer als jedes Firmware-Paket für Cisco-Telefone.</translation>
        </message>
        <message>
            <source>It is probably not a firmware bundle, or it bundles much more than phone firmware.</source>
            <translation>Wahrscheinlich ist es kein Firmware-Paket, oder es enthält weit mehr als Telefon-Firmware.</translation>
        </message>
        <message>
            <source>Choose the firmware file for your phone model (zip, tar or cop.sgn).</source>
            <translation>Wählen Sie die Firmware-Datei für Ihr Telefonmodell (zip, tar oder cop.sgn).</translation>
        </message>
        <message>
            <source>The file is not an archive sccp2sip can read.</source>
            <translation>Die Datei ist kein Archiv, das sccp2sip lesen kann.</translation>
        </message>
        <message>
            <source>It is damaged, incomplete, or in a format other than zip, tar, tar.gz or cop.sgn.</source>
            <translation>Sie ist beschädigt, unvollständig oder in einem anderen Format als zip, tar, tar.gz oder cop.sgn.</translation>
        </message>
        <message>
            <source>Download the bundle again and import the new copy.</source>
            <translation>Laden Sie das Paket erneut herunter und importieren Sie die neue Kopie.</translation>
        </message>
        <message>
            <source>A file in the bundle is damaged.</source>
            <translation>Eine Datei im Paket ist beschädigt.</translation>
        </message>
        <message>
            <source>Its Cisco signature header or contents do not match a phone firmware file.</source>
            <translation>Ihr Cisco-Signaturkopf oder ihr Inhalt passt nicht zu einer Telefon-Firmware-Datei.</translation>
        </message>
        <message>
            <source>Download the bundle again from Cisco and import the new copy.</source>
            <translation>Laden Sie das Paket erneut bei Cisco herunter und importieren Sie die neue Kopie.</translation>
        </message>
        <message>
            <source>The bundle is missing a file its .loads list names.</source>
            <translation>Im Paket fehlt eine Datei, die seine .loads-Liste nennt.</translation>
        </message>
        <message>
            <source>Phones would stop halfway through the upgrade.</source>
            <translation>Die Telefone würden mitten im Update stehen bleiben.</translation>
        </message>
        <message>
            <source>Import the complete bundle (the whole zip, not single files).</source>
            <translation>Importieren Sie das vollständige Paket (das ganze Zip, nicht einzelne Dateien).</translation>
        </message>
        <message>
            <source>A file in the bundle is shorter than it should be.</source>
            <translation>Eine Datei im Paket ist kürzer, als sie sein sollte.</translation>
        </message>
        <message>
            <source>The download was interrupted.</source>
            <translation>Der Download wurde unterbrochen.</translation>
        </message>
        <message>
            <source>The bundle is for phones sccp2sip does not know.</source>
            <translation>Das Paket ist für Telefone, die sccp2sip nicht kennt.</translation>
        </message>
        <message>
            <source>Its load name matches no 79xx family in the catalog.</source>
            <translation>Sein Load-Name passt zu keiner 79xx-Familie im Katalog.</translation>
        </message>
        <message>
            <source>Check that you downloaded firmware for a Cisco 79xx phone.</source>
            <translation>Prüfen Sie, ob Sie Firmware für ein Cisco-79xx-Telefon heruntergeladen haben.</translation>
        </message>
        <message>
            <source>The bundle holds SCCP firmware, not SIP.</source>
            <translation>Das Paket enthält SCCP-Firmware, nicht SIP.</translation>
        </message>
        <message>
            <source>Serving it would keep the phones on SCCP.</source>
            <translation>Damit blieben die Telefone bei SCCP.</translation>
        </message>
        <message>
            <source>Import the SIP bundle for this model (its name starts with SIP or P0S3).</source>
            <translation>Importieren Sie das SIP-Paket für dieses Modell (sein Name beginnt mit SIP oder P0S3).</translation>
        </message>
        <message>
            <source>The firmware library could not be updated.</source>
            <translation>Die Firmware-Bibliothek konnte nicht aktualisiert werden.</translation>
        </message>
        <message>
            <source>sccp2sip could not write the bundle into its data folder.</source>
            <translation>sccp2sip konnte das Paket nicht in seinen Datenordner schreiben.</translation>
        </message>
        <message>
            <source>Free some disk space or fix the folder's permissions, then import again.</source>
            <translation>Schaffen Sie Speicherplatz oder korrigieren Sie die Ordnerberechtigungen und importieren Sie dann erneut.</translation>
        </message>
        <message>
            <source>The system keychain cannot be used.</source>
            <translation>Der Schlüsselbund des Systems ist nicht nutzbar.</translation>
        </message>
        <message>
            <source>Passwords are kept only in the system keychain, and none is running or it is locked.</source>
            <translation>Passwörter werden nur im Schlüsselbund des Systems gespeichert, und es läuft keiner oder er ist gesperrt.</translation>
        </message>
        <message>
            <source>Log in to a desktop session with a keyring (GNOME Keyring or KWallet) and unlock it, then enter the passwords again.</source>
            <translation>Melden Sie sich an einer Desktop-Sitzung mit Schlüsselbund (GNOME Keyring oder KWallet) an, entsperren Sie ihn und geben Sie die Passwörter erneut ein.</translation>
        </message>
        <message>
            <source>Unlock the system keychain, then enter the passwords again.</source>
            <translation>Entsperren Sie den Schlüsselbund des Systems und geben Sie die Passwörter erneut ein.</translation>
        </message>
        <message>
            <source>No password is stored for this line.</source>
            <translation>Für diese Leitung ist kein Passwort gespeichert.</translation>
        </message>
        <message>
            <source>It was never entered on this computer, or it was removed from the keychain.</source>
            <translation>Es wurde auf diesem Computer nie eingegeben oder aus dem Schlüsselbund entfernt.</translation>
        </message>
        <message>
            <source>Enter the password in the table.</source>
            <translation>Geben Sie das Passwort in der Tabelle ein.</translation>
        </message>
        <message>
            <source>The inventory file cannot be used.</source>
            <translation>Die Inventardatei ist nicht verwendbar.</translation>
        </message>
        <message>
            <source>It is not a CSV file with a header row that names at least the mac and extension columns.</source>
            <translation>Sie ist keine CSV-Datei mit einer Kopfzeile, die mindestens die Spalten mac und extension nennt.</translation>
        </message>
        <message>
            <source>Export an inventory from sccp2sip to see the expected columns, fix the file, and import it again.</source>
            <translation>Exportieren Sie ein Inventar aus sccp2sip, um die erwarteten Spalten zu sehen, korrigieren Sie die Datei und importieren Sie sie erneut.</translation>
        </message>
        <message>
            <source>The file %1 could not be saved.</source>
            <translation>Die Datei %1 konnte nicht gespeichert werden.</translation>
        </message>
        <message>
            <source>The folder is read-only or does not exist, the disk is full, or another program has the file open.</source>
            <translation>Der Ordner ist schreibgeschützt oder existiert nicht, der Datenträger ist voll, oder ein anderes Programm hat die Datei geöffnet.</translation>
        </message>
        <message>
            <source>Choose another folder, for example your Documents folder, and save again.</source>
            <translation>Wählen Sie einen anderen Ordner, zum Beispiel „Dokumente“, und speichern Sie erneut.</translation>
        </message>
        <message>
            <source>An extension is not valid.</source>
            <translation>Eine Nebenstelle ist ungültig.</translation>
        </message>
        <message>
            <source>It is empty or has characters a SIP account name cannot have.</source>
            <translation>Sie ist leer oder enthält Zeichen, die ein SIP-Kontoname nicht enthalten darf.</translation>
        </message>
        <message>
            <source>Enter the extension as your PBX names the account, for example 201.</source>
            <translation>Geben Sie die Nebenstelle so ein, wie Ihre Telefonanlage das Konto nennt, zum Beispiel 201.</translation>
        </message>
        <message>
            <source>A SIP password cannot be used.</source>
            <translation>Ein SIP-Passwort kann nicht verwendet werden.</translation>
        </message>
        <message>
            <source>It has characters the phone's configuration file cannot hold, such as line breaks.</source>
            <translation>Es enthält Zeichen, die die Konfigurationsdatei des Telefons nicht aufnehmen kann, etwa Zeilenumbrüche.</translation>
        </message>
        <message>
            <source>Enter the password exactly as the PBX has it, without line breaks or control characters.</source>
            <translation>Geben Sie das Passwort genau so ein, wie es in der Telefonanlage steht, ohne Zeilenumbrüche oder Steuerzeichen.</translation>
        </message>
        <message>
            <source>A line label cannot be used.</source>
            <translation>Eine Leitungsbeschriftung kann nicht verwendet werden.</translation>
        </message>
        <message>
            <source>It is too long for the phone's screen or has control characters.</source>
            <translation>Sie ist zu lang für das Display des Telefons oder enthält Steuerzeichen.</translation>
        </message>
        <message>
            <source>Use a shorter label made of ordinary characters.</source>
            <translation>Verwenden Sie eine kürzere Beschriftung aus gewöhnlichen Zeichen.</translation>
        </message>
        <message>
            <source>The PBX address is not valid.</source>
            <translation>Die Adresse der Telefonanlage ist ungültig.</translation>
        </message>
        <message>
            <source>It is neither an IP address nor a host name.</source>
            <translation>Sie ist weder eine IP-Adresse noch ein Hostname.</translation>
        </message>
        <message>
            <source>Enter the PBX as an address (192.168.1.10) or a host name (pbx.example.com), without "sip:" and without a port.</source>
            <translation>Geben Sie die Telefonanlage als Adresse (192.168.1.10) oder Hostname (pbx.example.com) ein, ohne „sip:“ und ohne Port.</translation>
        </message>
        <message>
            <source>The SIP port is out of range.</source>
            <translation>Der SIP-Port liegt außerhalb des gültigen Bereichs.</translation>
        </message>
        <message>
            <source>A port is a number from 1 to 65535.</source>
            <translation>Ein Port ist eine Zahl von 1 bis 65535.</translation>
        </message>
        <message>
            <source>Enter the PBX's SIP port, usually 5060.</source>
            <translation>Geben Sie den SIP-Port der Telefonanlage ein, meist 5060.</translation>
        </message>
        <message>
            <source>There are more phones than free extensions.</source>
            <translation>Es gibt mehr Telefone als freie Nebenstellen.</translation>
        </message>
        <message>
            <source>Every extension of the range for new phones is taken.</source>
            <translation>Alle Nebenstellen des Bereichs für neue Telefone sind vergeben.</translation>
        </message>
        <message>
            <source>Widen the range, or add rows for the extra phones to the inventory.</source>
            <translation>Erweitern Sie den Bereich oder fügen Sie für die zusätzlichen Telefone Zeilen zum Bestand hinzu.</translation>
        </message>
        <message>
            <source>A setting has a value sccp2sip cannot use.</source>
            <translation>Eine Einstellung hat einen Wert, den sccp2sip nicht verwenden kann.</translation>
        </message>
        <message>
            <source>It is empty, out of range or in the wrong form.</source>
            <translation>Er ist leer, außerhalb des gültigen Bereichs oder falsch geschrieben.</translation>
        </message>
        <message>
            <source>Open Details to see which setting, correct it, and try again.</source>
            <translation>Öffnen Sie „Details“, um zu sehen, welche Einstellung es ist, korrigieren Sie sie und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The list of phone models is damaged.</source>
            <translation>Die Liste der Telefonmodelle ist beschädigt.</translation>
        </message>
        <message>
            <source>The model catalog failed its checks, so phones cannot be recognised.</source>
            <translation>Der Modellkatalog hat seine Prüfungen nicht bestanden, daher können Telefone nicht erkannt werden.</translation>
        </message>
        <message>
            <source>Install sccp2sip again. If you gave it your own catalog file, fix the entry Details names.</source>
            <translation>Installieren Sie sccp2sip erneut. Wenn Sie eine eigene Katalogdatei angegeben haben, korrigieren Sie den Eintrag, den „Details“ nennt.</translation>
        </message>
        <message>
            <source>This phone model is not one sccp2sip knows.</source>
            <translation>sccp2sip kennt dieses Telefonmodell nicht.</translation>
        </message>
        <message>
            <source>It is not a Cisco 79xx phone, or a model the catalog does not list.</source>
            <translation>Es ist kein Cisco-79xx-Telefon oder ein Modell, das der Katalog nicht aufführt.</translation>
        </message>
        <message>
            <source>Check the model on the label under the phone: only Cisco 79xx phones can be converted here.</source>
            <translation>Prüfen Sie das Modell auf dem Etikett unter dem Telefon: Hier lassen sich nur Cisco-79xx-Telefone umstellen.</translation>
        </message>
        <message>
            <source>The chosen network card is not there any more.</source>
            <translation>Die gewählte Netzwerkkarte ist nicht mehr vorhanden.</translation>
        </message>
        <message>
            <source>It was unplugged, switched off or renamed (a USB adapter gets a new name in another port).</source>
            <translation>Sie wurde abgesteckt, abgeschaltet oder umbenannt (ein USB-Adapter bekommt an einem anderen Anschluss einen neuen Namen).</translation>
        </message>
        <message>
            <source>Plug it in, then choose it again on the Network page.</source>
            <translation>Schließen Sie sie an und wählen Sie sie auf der Seite „Netzwerk“ erneut aus.</translation>
        </message>
        <message>
            <source>The network card has no IPv4 address.</source>
            <translation>Die Netzwerkkarte hat keine IPv4-Adresse.</translation>
        </message>
        <message>
            <source>The bench serves DHCP from the card's own address, and a card cabled to a phone switch gets none by itself.</source>
            <translation>Der Arbeitsplatz vergibt DHCP von der eigenen Adresse der Karte aus, und eine Karte am Telefon-Switch bekommt von selbst keine.</translation>
        </message>
        <message>
            <source>Give the card a fixed address, for example 10.79.0.1 with mask 255.255.255.0, then choose it again.</source>
            <translation>Geben Sie der Karte eine feste Adresse, zum Beispiel 10.79.0.1 mit Maske 255.255.255.0, und wählen Sie sie dann erneut aus.</translation>
        </message>
        <message>
            <source>The card's address does not exist on this computer any more.</source>
            <translation>Die Adresse der Karte existiert auf diesem Computer nicht mehr.</translation>
        </message>
        <message>
            <source>A server port is already in use.</source>
            <translation>Ein Server-Port ist bereits belegt.</translation>
        </message>
        <message>
            <source>Another DHCP or TFTP server runs on this computer (for example dnsmasq, Tftpd64 or Windows Internet Connection Sharing).</source>
            <translation>Auf diesem Computer läuft ein anderer DHCP- oder TFTP-Server (zum Beispiel dnsmasq, Tftpd64 oder die Windows-Internetverbindungsfreigabe).</translation>
        </message>
        <message>
            <source>Stop that program, then press Check again on the first page.</source>
            <translation>Beenden Sie dieses Programm und klicken Sie dann auf der ersten Seite auf „Erneut prüfen“.</translation>
        </message>
        <message>
            <source>sccp2sip may not open the DHCP and TFTP ports.</source>
            <translation>sccp2sip darf die DHCP- und TFTP-Ports nicht öffnen.</translation>
        </message>
        <message>
            <source>Ports below 1024 need administrator rights, or the firewall blocks them.</source>
            <translation>Ports unter 1024 brauchen Administratorrechte, oder die Firewall sperrt sie.</translation>
        </message>
        <message>
            <source>The first page shows the fix for this computer; apply it, then press Check again.</source>
            <translation>Die erste Seite zeigt die Lösung für diesen Computer; wenden Sie sie an und klicken Sie dann auf „Erneut prüfen“.</translation>
        </message>
        <message>
            <source>The network card reported an error.</source>
            <translation>Die Netzwerkkarte hat einen Fehler gemeldet.</translation>
        </message>
        <message>
            <source>The operating system refused to send or receive on it.</source>
            <translation>Das Betriebssystem hat das Senden oder Empfangen darüber verweigert.</translation>
        </message>
        <message>
            <source>Check the cable and the card, then try again; Details has the system's reason.</source>
            <translation>Prüfen Sie Kabel und Karte und versuchen Sie es erneut; „Details“ nennt den Grund des Systems.</translation>
        </message>
        <message>
            <source>A device sent a message sccp2sip cannot read.</source>
            <translation>Ein Gerät hat eine Nachricht geschickt, die sccp2sip nicht lesen kann.</translation>
        </message>
        <message>
            <source>It is damaged or not meant for this server; it was ignored and the bench keeps serving.</source>
            <translation>Sie ist beschädigt oder nicht für diesen Server bestimmt; sie wurde ignoriert, der Arbeitsplatz arbeitet weiter.</translation>
        </message>
        <message>
            <source>Nothing to do unless it repeats; then find the sender's address in the log.</source>
            <translation>Nichts zu tun, solange es sich nicht wiederholt; dann finden Sie die Adresse des Absenders im Protokoll.</translation>
        </message>
        <message>
            <source>A device asked for a file outside the bench's folders.</source>
            <translation>Ein Gerät hat eine Datei außerhalb der Ordner des Arbeitsplatzes angefordert.</translation>
        </message>
        <message>
            <source>Names with ".." are refused, so nothing else on this computer can be read.</source>
            <translation>Namen mit „..“ werden abgelehnt, damit nichts anderes auf diesem Computer gelesen werden kann.</translation>
        </message>
        <message>
            <source>Nothing to do: phones never ask for such names. If it repeats, find the device by its address in the log.</source>
            <translation>Nichts zu tun: Telefone fragen nie nach solchen Namen. Wenn es sich wiederholt, finden Sie das Gerät über seine Adresse im Protokoll.</translation>
        </message>
        <message>
            <source>A phone's configuration file was refused to a device.</source>
            <translation>Die Konfigurationsdatei eines Telefons wurde einem Gerät verweigert.</translation>
        </message>
        <message>
            <source>It holds the phone's settings and password, and only goes to the address the phone was leased.</source>
            <translation>Sie enthält die Einstellungen und das Passwort des Telefons und geht nur an die Adresse, die das Telefon zugeteilt bekam.</translation>
        </message>
        <message>
            <source>If a real phone was refused, unplug it and plug it back in so it asks for its address again.</source>
            <translation>Wenn ein echtes Telefon abgewiesen wurde, stecken Sie es ab und wieder an, damit es seine Adresse neu anfordert.</translation>
        </message>
        <message>
            <source>A phone stopped answering during a file transfer.</source>
            <translation>Ein Telefon antwortet während einer Dateiübertragung nicht mehr.</translation>
        </message>
        <message>
            <source>It rebooted, lost its cable, or the network drops packets.</source>
            <translation>Es hat neu gestartet, sein Kabel verloren, oder das Netzwerk verliert Pakete.</translation>
        </message>
        <message>
            <source>Check the phone's cable and switch port; after a reboot the phone asks again by itself.</source>
            <translation>Prüfen Sie das Kabel und den Switch-Port des Telefons; nach einem Neustart fragt das Telefon von selbst erneut.</translation>
        </message>
        <message>
            <source>A phone stopped a file transfer.</source>
            <translation>Ein Telefon hat eine Dateiübertragung abgebrochen.</translation>
        </message>
        <message>
            <source>It reported an error or restarted in the middle of the file.</source>
            <translation>Es hat einen Fehler gemeldet oder mitten in der Datei neu gestartet.</translation>
        </message>
        <message>
            <source>Wait: phones try again by themselves. If the same file fails again, import its bundle again on the Firmware page.</source>
            <translation>Warten Sie: Telefone versuchen es von selbst erneut. Scheitert dieselbe Datei wieder, importieren Sie ihr Paket auf der Seite „Firmware“ erneut.</translation>
        </message>
        <message>
            <source>Another DHCP server answers on this network.</source>
            <translation>In diesem Netzwerk antwortet ein anderer DHCP-Server.</translation>
        </message>
        <message>
            <source>Phones would take their address and TFTP server from it and never reach this bench.</source>
            <translation>Telefone würden Adresse und TFTP-Server von ihm beziehen und diesen Arbeitsplatz nie erreichen.</translation>
        </message>
        <message>
            <source>Unplug the bench switch from the office network or switch that server off. Use the existing server (Network page) only if it sends phones to this computer.</source>
            <translation>Trennen Sie den Switch des Arbeitsplatzes vom Büronetz oder schalten Sie diesen Server ab. Verwenden Sie den vorhandenen Server (Seite „Netzwerk“) nur, wenn er Telefone an diesen Computer verweist.</translation>
        </message>
        <message>
            <source>Every address of the pool is in use.</source>
            <translation>Alle Adressen des Bereichs sind vergeben.</translation>
        </message>
        <message>
            <source>More devices asked for an address than the pool holds.</source>
            <translation>Mehr Geräte haben eine Adresse angefordert, als der Bereich enthält.</translation>
        </message>
        <message>
            <source>Widen the pool or shorten the lease time on the Network page, then restart the bench.</source>
            <translation>Erweitern Sie den Adressbereich oder verkürzen Sie die Lease-Dauer auf der Seite „Netzwerk“ und starten Sie den Arbeitsplatz dann neu.</translation>
        </message>
        <message>
            <source>The saved address leases could not be read.</source>
            <translation>Die gespeicherten Adresszuteilungen konnten nicht gelesen werden.</translation>
        </message>
        <message>
            <source>The file in the state folder is damaged, for example after a crash; the bench starts without them.</source>
            <translation>Die Datei im Statusordner ist beschädigt, zum Beispiel nach einem Absturz; der Arbeitsplatz startet ohne sie.</translation>
        </message>
        <message>
            <source>Nothing to do: phones get new addresses. Unplug and replug a phone that does not show up.</source>
            <translation>Nichts zu tun: Telefone erhalten neue Adressen. Stecken Sie ein Telefon, das nicht erscheint, ab und wieder an.</translation>
        </message>
        <message>
            <source>A phone's web page could not be read.</source>
            <translation>Die Webseite eines Telefons konnte nicht gelesen werden.</translation>
        </message>
        <message>
            <source>Its web server is off or did not answer; an old call manager often switches it off.</source>
            <translation>Sein Webserver ist aus oder hat nicht geantwortet; ein alter Call Manager schaltet ihn oft ab.</translation>
        </message>
        <message>
            <source>Nothing to do while the bench retries. To check by hand, open the phone's address in a browser.</source>
            <translation>Nichts zu tun, solange der Arbeitsplatz es erneut versucht. Zum Prüfen von Hand öffnen Sie die Adresse des Telefons in einem Browser.</translation>
        </message>
        <message>
            <source>A phone did not answer in time.</source>
            <translation>Ein Telefon hat nicht rechtzeitig geantwortet.</translation>
        </message>
        <message>
            <source>Flashing firmware and rebooting can keep a phone silent for several minutes.</source>
            <translation>Beim Flashen der Firmware und Neustarten kann ein Telefon mehrere Minuten lang schweigen.</translation>
        </message>
        <message>
            <source>Wait a few minutes; if it stays silent, check its cable and power.</source>
            <translation>Warten Sie einige Minuten; bleibt es still, prüfen Sie Kabel und Stromversorgung.</translation>
        </message>
        <message>
            <source>The %1 phone</source>
            <translation>Das Telefon %1</translation>
        </message>
        <message>
            <source>The phone</source>
            <translation>Das Telefon</translation>
        </message>
        <message>
            <source>%1 has no SIP firmware to convert to.</source>
            <translation>%1: Es gibt keine SIP-Firmware, auf die umgestellt werden kann.</translation>
        </message>
        <message>
            <source>No SIP bundle for its family (%1) is in the firmware library.</source>
            <translation>Die Firmware-Bibliothek enthält kein SIP-Paket für seine Familie (%1).</translation>
        </message>
        <message>
            <source>On the Firmware page, import the Cisco SIP bundle for %1 (its load names start with %1), restart the bench, then unplug the phone and plug it back in.</source>
            <translation>Importieren Sie auf der Seite „Firmware“ das Cisco-SIP-Paket für %1 (seine Load-Namen beginnen mit %1), starten Sie den Arbeitsplatz neu und stecken Sie das Telefon ab und wieder an.</translation>
        </message>
        <message>
            <source>%1 keeps rebooting on the same firmware.</source>
            <translation>%1 startet mit derselben Firmware immer wieder neu.</translation>
        </message>
        <message>
            <source>%1 runs firmware older than 8.3(3) (%2).</source>
            <translation>%1 hat Firmware älter als 8.3(3) (%2).</translation>
        </message>
        <message>
            <source>A phone below 8.3(3) must first get a jump load between 8.3(3) and 8.5(2); going straight to 9.x makes it reboot in a loop.</source>
            <translation>Ein Telefon unter 8.3(3) braucht zuerst einen Zwischenstand (Jump Load) zwischen 8.3(3) und 8.5(2); direkt auf 9.x startet es in einer Schleife neu.</translation>
        </message>
        <message>
            <source>On the Firmware page, import an 8.3(3) to 8.5(2) bundle for %1 (SCCP 8.5(2) works), restart the bench, then unplug the phone and plug it back in.</source>
            <translation>Importieren Sie auf der Seite „Firmware“ ein Paket 8.3(3) bis 8.5(2) für %1 (SCCP 8.5(2) geht), starten Sie den Arbeitsplatz neu und stecken Sie das Telefon ab und wieder an.</translation>
        </message>
        <message>
            <source>%1 keeps loading the same firmware without starting SIP, even after the jump load.</source>
            <translation>%1 lädt immer wieder dieselbe Firmware, ohne SIP zu starten, auch nach dem Zwischenstand.</translation>
        </message>
        <message>
            <source>The new firmware does not stick: the bundle may not fit this model, or the phone's flash is damaged.</source>
            <translation>Die neue Firmware hält nicht: Das Paket passt vielleicht nicht zu diesem Modell, oder der Flash-Speicher des Telefons ist beschädigt.</translation>
        </message>
        <message>
            <source>Check that the bundle on the Firmware page is for this model. Then factory reset the phone: power it up holding #, type %1, and let it load again. If it still loops, the phone needs repair.</source>
            <translation>Prüfen Sie, ob das Paket auf der Seite „Firmware“ für dieses Modell ist. Setzen Sie das Telefon dann auf Werkseinstellungen zurück: mit gedrückter #-Taste einschalten, %1 tippen und neu laden lassen. Läuft es weiter in der Schleife, muss das Telefon repariert werden.</translation>
        </message>
        <message>
            <source>Check that the bundle on the Firmware page is for this model. Then format the phone: power it up holding #, type %1, and let it load again. If it still loops, the phone needs repair.</source>
            <translation>Prüfen Sie, ob das Paket auf der Seite „Firmware“ für dieses Modell ist. Formatieren Sie das Telefon dann: mit gedrückter #-Taste einschalten, %1 tippen und neu laden lassen. Läuft es weiter in der Schleife, muss das Telefon repariert werden.</translation>
        </message>
        <message>
            <source>A phone's configuration was refused to another address.</source>
            <translation>Die Konfiguration eines Telefons wurde einer anderen Adresse verweigert.</translation>
        </message>
        <message>
            <source>It holds the phone's password, so the bench gives it only to the address it leased to that phone.</source>
            <translation>Sie enthält das Passwort des Telefons, daher gibt der Arbeitsplatz sie nur an die Adresse, die er diesem Telefon zugeteilt hat.</translation>
        </message>
        <message>
            <source>If the phone itself moved to a new address, unplug it and plug it back in. Otherwise look for the device in the log: it asked for a file that is not its own.</source>
            <translation>Hat das Telefon selbst eine neue Adresse, stecken Sie es ab und wieder an. Andernfalls suchen Sie das Gerät im Protokoll: Es hat eine Datei angefordert, die nicht seine ist.</translation>
        </message>
        <message>
            <source>The first address that asked for a phone's configuration now receives it.</source>
            <translation>Die erste Adresse, die die Konfiguration eines Telefons angefordert hat, erhält sie jetzt.</translation>
        </message>
        <message>
            <source>With the existing DHCP server the bench cannot check which device owns a MAC address.</source>
            <translation>Mit dem vorhandenen DHCP-Server kann der Arbeitsplatz nicht prüfen, welchem Gerät eine MAC-Adresse gehört.</translation>
        </message>
        <message>
            <source>Make sure only the phones you convert are on this network, or let sccp2sip run DHCP (Network page).</source>
            <translation>Sorgen Sie dafür, dass nur die umzustellenden Telefone in diesem Netzwerk sind, oder lassen Sie sccp2sip DHCP übernehmen (Seite „Netzwerk“).</translation>
        </message>
        <message>
            <source>%1 has been silent for several minutes.</source>
            <translation>%1 meldet sich seit mehreren Minuten nicht.</translation>
        </message>
        <message>
            <source>Flashing takes a few minutes, but this is longer: it may have lost power or its cable, or it waits for a key press on its screen.</source>
            <translation>Das Flashen dauert einige Minuten, dies ist aber länger: Es hat vielleicht Strom oder Kabel verloren oder wartet auf einen Tastendruck auf seinem Display.</translation>
        </message>
        <message>
            <source>Look at the phone's screen, check its cable and power, then unplug it and plug it back in.</source>
            <translation>Sehen Sie auf das Display des Telefons, prüfen Sie Kabel und Strom und stecken Sie es dann ab und wieder an.</translation>
        </message>
        <message>
            <source>%1 does not run the firmware it was given.</source>
            <translation>%1 läuft nicht mit der Firmware, die es bekommen hat.</translation>
        </message>
        <message>
            <source>%1 runs %2, not %3.</source>
            <translation>%1 läuft mit %2, nicht mit %3.</translation>
        </message>
        <message>
            <source>It kept its old firmware or loaded another server's: an "Alternate TFTP" setting on the phone or a second DHCP server can send it elsewhere.</source>
            <translation>Es hat seine alte Firmware behalten oder die eines anderen Servers geladen: Eine „Alternate TFTP“-Einstellung am Telefon oder ein zweiter DHCP-Server kann es woandershin schicken.</translation>
        </message>
        <message>
            <source>Make sure this bench is the only DHCP server, then factory reset the phone (power it up holding #, type %1) so it loads the firmware again.</source>
            <translation>Stellen Sie sicher, dass dieser Arbeitsplatz der einzige DHCP-Server ist, und setzen Sie das Telefon dann auf Werkseinstellungen zurück (mit gedrückter #-Taste einschalten, %1 tippen), damit es die Firmware neu lädt.</translation>
        </message>
        <message>
            <source>%1 reached SIP, but its web page could not confirm the firmware.</source>
            <translation>%1 hat SIP erreicht, aber seine Webseite konnte die Firmware nicht bestätigen.</translation>
        </message>
        <message>
            <source>Its web server is off (an old call manager may have switched it off) or the phone restarted while being asked.</source>
            <translation>Sein Webserver ist aus (ein alter Call Manager hat ihn vielleicht abgeschaltet) oder das Telefon hat während der Abfrage neu gestartet.</translation>
        </message>
        <message>
            <source>Read the firmware version on the phone under Settings &gt; Model Information. If it starts with SIP, the phone is converted; otherwise restart the bench and power-cycle the phone.</source>
            <translation>Lesen Sie die Firmware-Version am Telefon unter Settings &gt; Model Information ab. Beginnt sie mit SIP, ist das Telefon umgestellt; sonst starten Sie den Arbeitsplatz neu und schalten das Telefon aus und wieder ein.</translation>
        </message>
        <message>
            <source>%1 still holds the trust list of its old call manager.</source>
            <translation>%1 hat noch die Trust-Liste seines alten Call Managers.</translation>
        </message>
        <message>
            <source>It asks for signed files and ignores the unsigned configuration this bench serves.</source>
            <translation>Es fragt nach signierten Dateien und ignoriert die unsignierte Konfiguration dieses Arbeitsplatzes.</translation>
        </message>
        <message>
            <source>Unplug the phone, then power it up while holding #.</source>
            <translation>Trennen Sie das Telefon vom Strom und schalten Sie es mit gedrückter #-Taste wieder ein.</translation>
        </message>
        <message>
            <source>Release # and type %1.</source>
            <translation>Lassen Sie # los und tippen Sie %1.</translation>
        </message>
        <message>
            <source>If it still asks for signed files, do the same with %1 (format: the phone also loads its firmware again).</source>
            <translation>Fragt es weiter nach signierten Dateien, machen Sie dasselbe mit %1 (Formatieren: Das Telefon lädt auch seine Firmware neu).</translation>
        </message>
        <message>
            <source>On the phone press Settings, open %1, type %2 to unlock, select %3, press %4 and confirm. When it then asks for its plain configuration, it is free.</source>
            <translation>Drücken Sie am Telefon Settings, öffnen Sie %1, tippen Sie %2 zum Entsperren, wählen Sie %3, drücken Sie %4 und bestätigen Sie. Fragt es danach nach seiner unsignierten Konfiguration, ist es frei.</translation>
        </message>
        <message>
            <source>On the phone press Settings, open %1, type %2 to unlock, select %3 and press %4. When it then asks for its plain configuration, it is free.</source>
            <translation>Drücken Sie am Telefon Settings, öffnen Sie %1, tippen Sie %2 zum Entsperren, wählen Sie %3 und drücken Sie %4. Fragt es danach nach seiner unsignierten Konfiguration, ist es frei.</translation>
        </message>
        <message>
            <source>On the phone press Settings, open Security Configuration &gt; Trust List, type **# to unlock, and erase the CTL and ITL files. If there is no such menu, factory reset the phone: power it up holding #, then type %1.</source>
            <translation>Drücken Sie am Telefon Settings, öffnen Sie Security Configuration &gt; Trust List, tippen Sie **# zum Entsperren und löschen Sie die CTL- und ITL-Dateien. Gibt es dieses Menü nicht, setzen Sie das Telefon auf Werkseinstellungen zurück: mit gedrückter #-Taste einschalten, dann %1 tippen.</translation>
        </message>
        <message>
            <source>this model</source>
            <translation>dieses Modell</translation>
        </message>
        <message>
            <source>SIP over TLS is not offered.</source>
            <translation>SIP über TLS wird nicht angeboten.</translation>
        </message>
        <message>
            <source>A 79xx phone registers over TLS only with the PBX's certificate in a trust list signed by a key it already trusts, which only a Cisco call manager can make; a TLS config would never register.</source>
            <translation>Ein 79xx-Telefon registriert sich über TLS nur mit dem Zertifikat der Telefonanlage in einer Trust-Liste, die mit einem Schlüssel signiert ist, dem es bereits vertraut – das kann nur ein Cisco Call Manager erstellen; eine TLS-Konfiguration würde sich nie registrieren.</translation>
        </message>
        <message>
            <source>Choose UDP (or TCP if the PBX listens on it).</source>
            <translation>Wählen Sie UDP (oder TCP, wenn die Telefonanlage darauf hört).</translation>
        </message>
        <message>
            <source>A phone refused the address it was given.</source>
            <translation>Ein Telefon hat die zugewiesene Adresse abgelehnt.</translation>
        </message>
        <message>
            <source>Another device on the bench answers for that address (a static address, or a second DHCP server's lease); the phone asks again and gets another one.</source>
            <translation>Ein anderes Gerät am Prüfstand antwortet für diese Adresse (eine feste Adresse oder die Zuweisung eines zweiten DHCP-Servers); das Telefon fragt erneut und bekommt eine andere.</translation>
        </message>
        <message>
            <source>Nothing to do if the phone carries on. If it happens again, find the device with that address (Details) and unplug it or move it out of the pool.</source>
            <translation>Nichts zu tun, wenn das Telefon weitermacht. Passiert es wieder, suchen Sie das Gerät mit dieser Adresse (Details) und trennen Sie es oder nehmen Sie die Adresse aus dem Bereich.</translation>
        </message>
        <message>
            <source>The PBX host name cannot be resolved on this computer.</source>
            <translation>Der Hostname der Telefonanlage lässt sich auf diesem Computer nicht auflösen.</translation>
        </message>
        <message>
            <source>Without its address the phones would never register: they cannot look it up themselves unless they are given a DNS server that knows it.</source>
            <translation>Ohne ihre Adresse würden sich die Telefone nie anmelden: Sie können den Namen nur selbst auflösen, wenn sie einen DNS-Server erhalten, der ihn kennt.</translation>
        </message>
        <message>
            <source>Check the spelling and this computer's network, or enter the PBX's IP address instead.</source>
            <translation>Prüfen Sie die Schreibweise und das Netzwerk dieses Computers, oder geben Sie stattdessen die IP-Adresse der Telefonanlage ein.</translation>
        </message>
    </context>
    <context>
        <name>ErrorPanel</name>
        <message>
            <source>&amp;Details</source>
            <translation>&amp;Details</translation>
        </message>
        <message>
            <source>Show technical details</source>
            <translation>Technische Details anzeigen</translation>
        </message>
        <message>
            <source>Technical details</source>
            <translation>Technische Details</translation>
        </message>
    </context>
    <context>
        <name>FirmwareLibraryModel</name>
        <message>
            <source>Ready (jump load)</source>
            <translation>Bereit (Zwischen-Load)</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Bereit</translation>
        </message>
        <message>
            <source>%1 files, %2</source>
            <translation>%1 Dateien, %2</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Familie</translation>
        </message>
        <message>
            <source>Protocol</source>
            <translation>Protokoll</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Dateien</translation>
        </message>
        <message>
            <source>Models</source>
            <translation>Modelle</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Ergebnis</translation>
        </message>
    </context>
    <context>
        <name>FirmwarePage</name>
        <message>
            <source>Firmware</source>
            <translation>Firmware</translation>
        </message>
        <message>
            <source>Import the Cisco firmware bundles you own: the SIP load for each phone model and, for phones older than 8.3(3), a jump load. Drop files here or choose them.</source>
            <translation>Importieren Sie Ihre Cisco-Firmware-Pakete: den SIP-Load für jedes Telefonmodell und für Telefone älter als 8.3(3) einen Zwischen-Load. Ziehen Sie Dateien hierher oder wählen Sie sie aus.</translation>
        </message>
        <message>
            <source>Firmware library</source>
            <translation>Firmware-Bibliothek</translation>
        </message>
        <message>
            <source>&amp;Library:</source>
            <translation>&amp;Bibliothek:</translation>
        </message>
        <message>
            <source>&amp;Import bundles…</source>
            <translation>Pakete &amp;importieren…</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>Importfortschritt</translation>
        </message>
        <message>
            <source>Import firmware bundles</source>
            <translation>Firmware-Pakete importieren</translation>
        </message>
        <message>
            <source>Firmware bundles (*.zip *.tar *.tar.gz *.tgz *.cop.sgn *.sgn)</source>
            <translation>Firmware-Pakete (*.zip *.tar *.tar.gz *.tgz *.cop.sgn *.sgn)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>%1 wird importiert…</translation>
        </message>
        <message>
            <source>No phone model has a SIP load yet.</source>
            <translation>Noch kein Telefonmodell hat einen SIP-Load.</translation>
        </message>
        <message>
            <source>SIP load ready for: %1.</source>
            <translation>SIP-Load bereit für: %1.</translation>
        </message>
        <message>
            <source>Still without one: %1.</source>
            <translation>Noch ohne: %1.</translation>
        </message>
        <message>
            <source>No jump load for %1: phones running firmware older than 8.3(3) need an 8.3(3) to 8.5(2) load first, or they keep rebooting.</source>
            <translation>Kein Zwischen-Load für %1: Telefone mit Firmware älter als 8.3(3) brauchen zuerst einen Load zwischen 8.3(3) und 8.5(2), sonst starten sie immer wieder neu.</translation>
        </message>
        <message>
            <source>Import at least one SIP firmware bundle: without it no phone can be converted.</source>
            <translation>Importieren Sie mindestens ein SIP-Firmware-Paket: ohne dieses lässt sich kein Telefon umstellen.</translation>
        </message>
    </context>
    <context>
        <name>InventoryTableModel</name>
        <message>
            <source>MAC address</source>
            <translation>MAC-Adresse</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Leitung</translation>
        </message>
        <message>
            <source>Extension</source>
            <translation>Nebenstelle</translation>
        </message>
        <message>
            <source>Auth user</source>
            <translation>Anmeldename</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Passwort</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>Anzeigename</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Beschriftung</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modell</translation>
        </message>
    </context>
    <context>
        <name>IssueMessages</name>
        <message>
            <source>MAC address</source>
            <translation>MAC-Adresse</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Leitung</translation>
        </message>
        <message>
            <source>Extension</source>
            <translation>Nebenstelle</translation>
        </message>
        <message>
            <source>Auth user</source>
            <translation>Anmeldename</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Passwort</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>Anzeigename</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Beschriftung</translation>
        </message>
        <message>
            <source>PBX address</source>
            <translation>Adresse der Telefonanlage</translation>
        </message>
        <message>
            <source>SIP port</source>
            <translation>SIP-Port</translation>
        </message>
        <message>
            <source>NTP server</source>
            <translation>NTP-Server</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Zeile</translation>
        </message>
        <message>
            <source>required; enter a value.</source>
            <translation>Pflichtfeld; geben Sie einen Wert ein.</translation>
        </message>
        <message>
            <source>not set; recommended.</source>
            <translation>nicht gesetzt; empfohlen.</translation>
        </message>
        <message>
            <source>contains characters the phone or the PBX does not accept; use letters, digits, '.', '-' and '_'.</source>
            <translation>enthält Zeichen, die Telefon oder Telefonanlage nicht annehmen; verwenden Sie Buchstaben, Ziffern, „.“, „-“ und „_“.</translation>
        </message>
        <message>
            <source>too long for the phone; shorten it.</source>
            <translation>zu lang für das Telefon; kürzen Sie den Wert.</translation>
        </message>
        <message>
            <source>longer than %1 characters; some phone loads refuse that, so a shorter one is safer.</source>
            <translation>länger als %1 Zeichen; manche Telefon-Loads lehnen das ab, ein kürzerer Wert ist sicherer.</translation>
        </message>
        <message>
            <source>must not contain spaces on 79xx phones.</source>
            <translation>darf auf 79xx-Telefonen keine Leerzeichen enthalten.</translation>
        </message>
        <message>
            <source>not an IPv4 address or host name (for example 192.168.1.10 or pbx.example.com).</source>
            <translation>keine IPv4-Adresse und kein Hostname (zum Beispiel 192.168.1.10 oder pbx.example.com).</translation>
        </message>
        <message>
            <source>out of range.</source>
            <translation>außerhalb des gültigen Bereichs.</translation>
        </message>
        <message>
            <source>must differ from the secure SIP port.</source>
            <translation>muss sich vom sicheren SIP-Port unterscheiden.</translation>
        </message>
        <message>
            <source>not a MAC address; it is printed on the phone's label (12 hexadecimal digits).</source>
            <translation>keine MAC-Adresse; sie steht auf dem Etikett des Telefons (12 Hexadezimalziffern).</translation>
        </message>
        <message>
            <source>this phone and line are listed twice; remove one row.</source>
            <translation>dieses Telefon mit dieser Leitung steht doppelt in der Liste; entfernen Sie eine Zeile.</translation>
        </message>
        <message>
            <source>the file's row is broken (quotes or number of fields); fix it in the file.</source>
            <translation>die Zeile der Datei ist fehlerhaft (Anführungszeichen oder Anzahl der Felder); korrigieren Sie sie in der Datei.</translation>
        </message>
        <message>
            <source>File line %1: %2</source>
            <translation>Dateizeile %1: %2</translation>
        </message>
        <message>
            <source>Router</source>
            <translation>Router</translation>
        </message>
        <message>
            <source>DNS server</source>
            <translation>DNS-Server</translation>
        </message>
        <message>
            <source>not an IPv4 address (for example 192.168.1.1).</source>
            <translation>keine IPv4-Adresse (zum Beispiel 192.168.1.1).</translation>
        </message>
    </context>
    <context>
        <name>LogDialog</name>
        <message>
            <source>Log</source>
            <translation>Protokoll</translation>
        </message>
        <message>
            <source>Log messages</source>
            <translation>Protokollmeldungen</translation>
        </message>
        <message>
            <source>&amp;Follow</source>
            <translation>&amp;Mitverfolgen</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Aktualisieren</translation>
        </message>
        <message>
            <source>Log file: %1</source>
            <translation>Protokolldatei: %1</translation>
        </message>
        <message>
            <source>The log file %1 does not exist yet. It appears as soon as sccp2sip logs something.</source>
            <translation>Die Protokolldatei %1 gibt es noch nicht. Sie entsteht, sobald sccp2sip etwas protokolliert.</translation>
        </message>
    </context>
    <context>
        <name>NetworkPage</name>
        <message>
            <source>Network</source>
            <translation>Netzwerk</translation>
        </message>
        <message>
            <source>Choose the card cabled to the phones' switch and how the phones get their addresses.</source>
            <translation>Wählen Sie die Karte, die mit dem Switch der Telefone verbunden ist, und wie die Telefone ihre Adressen bekommen.</translation>
        </message>
        <message>
            <source>Network card</source>
            <translation>Netzwerkkarte</translation>
        </message>
        <message>
            <source>Network &amp;card:</source>
            <translation>Netzwerk&amp;karte:</translation>
        </message>
        <message>
            <source>R&amp;efresh</source>
            <translation>Akt&amp;ualisieren</translation>
        </message>
        <message>
            <source>Addresses for the phones</source>
            <translation>Adressen für die Telefone</translation>
        </message>
        <message>
            <source>&amp;Run the DHCP server of sccp2sip on this card</source>
            <translation>Den DHCP-Server von sccp2sip auf dieser Karte &amp;betreiben</translation>
        </message>
        <message>
            <source>&amp;Use an existing DHCP server (it must send option 150 with this computer's address)</source>
            <translation>Einen &amp;vorhandenen DHCP-Server nutzen (er muss Option 150 mit der Adresse dieses Computers senden)</translation>
        </message>
        <message>
            <source>First address of the pool</source>
            <translation>Erste Adresse des Bereichs</translation>
        </message>
        <message>
            <source>automatic</source>
            <translation>automatisch</translation>
        </message>
        <message>
            <source>Last address of the pool</source>
            <translation>Letzte Adresse des Bereichs</translation>
        </message>
        <message>
            <source>Lease time in minutes</source>
            <translation>Lease-Dauer in Minuten</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>&amp;First address:</source>
            <translation>&amp;Erste Adresse:</translation>
        </message>
        <message>
            <source>&amp;Last address:</source>
            <translation>&amp;Letzte Adresse:</translation>
        </message>
        <message>
            <source>Lease &amp;time:</source>
            <translation>Lease-&amp;Dauer:</translation>
        </message>
        <message>
            <source>&amp;Scan for other DHCP servers</source>
            <translation>Nach anderen DHCP-Servern &amp;suchen</translation>
        </message>
        <message>
            <source>Scan in progress</source>
            <translation>Suche läuft</translation>
        </message>
        <message>
            <source>Serve &amp;anyway: I am sure that server will not answer the phones</source>
            <translation>&amp;Trotzdem bedienen: Ich bin sicher, dass dieser Server den Telefonen nicht antwortet</translation>
        </message>
        <message>
            <source>no address</source>
            <translation>keine Adresse</translation>
        </message>
        <message>
            <source>link up</source>
            <translation>Verbindung steht</translation>
        </message>
        <message>
            <source>no link</source>
            <translation>keine Verbindung</translation>
        </message>
        <message>
            <source>Wi-Fi</source>
            <translation>WLAN</translation>
        </message>
        <message>
            <source>No network card found. Connect the USB or built-in Ethernet card, then press Refresh.</source>
            <translation>Keine Netzwerkkarte gefunden. Schließen Sie die USB- oder eingebaute Ethernet-Karte an und klicken Sie auf „Aktualisieren“.</translation>
        </message>
        <message>
            <source>This is a Wi-Fi card. Phones are cabled: choose the wired card connected to their switch.</source>
            <translation>Das ist eine WLAN-Karte. Die Telefone hängen am Kabel: Wählen Sie die kabelgebundene Karte, die mit ihrem Switch verbunden ist.</translation>
        </message>
        <message>
            <source>This card has no IPv4 address. Give it a fixed one (for example 10.231.0.1/24) in the system's network settings, then press Refresh.</source>
            <translation>Diese Karte hat keine IPv4-Adresse. Geben Sie ihr in den Netzwerkeinstellungen des Systems eine feste (zum Beispiel 10.231.0.1/24) und klicken Sie auf „Aktualisieren“.</translation>
        </message>
        <message>
            <source>No link on this card: check the cable to the switch.</source>
            <translation>Keine Verbindung an dieser Karte: Prüfen Sie das Kabel zum Switch.</translation>
        </message>
        <message>
            <source>The scan could not run: %1</source>
            <translation>Die Suche konnte nicht laufen: %1</translation>
        </message>
        <message>
            <source>✔ No other DHCP server answered on this card.</source>
            <translation>✔ Kein anderer DHCP-Server hat an dieser Karte geantwortet.</translation>
        </message>
        <message>
            <source>✘ Another DHCP server answers on this card: %1. Phones would take its addresses and never find this bench. Unplug it from the switch, or choose "Use an existing DHCP server".</source>
            <translation>✘ An dieser Karte antwortet ein anderer DHCP-Server: %1. Die Telefone würden seine Adressen nehmen und diesen Arbeitsplatz nie finden. Trennen Sie ihn vom Switch oder wählen Sie „Einen vorhandenen DHCP-Server nutzen“.</translation>
        </message>
        <message>
            <source>Enter both pool addresses as IPv4 addresses (for example 10.231.0.100), or leave both empty.</source>
            <translation>Geben Sie beide Bereichsadressen als IPv4-Adressen ein (zum Beispiel 10.231.0.100) oder lassen Sie beide leer.</translation>
        </message>
        <message>
            <source>The pool must lie in the card's network %1/%2.</source>
            <translation>Der Bereich muss im Netz der Karte liegen: %1/%2.</translation>
        </message>
        <message>
            <source>The first pool address must not come after the last one.</source>
            <translation>Die erste Adresse des Bereichs darf nicht nach der letzten liegen.</translation>
        </message>
        <message>
            <source>The pool holds only this computer's own address.</source>
            <translation>Der Bereich enthält nur die eigene Adresse dieses Computers.</translation>
        </message>
        <message>
            <source>Choose the network card cabled to the phones.</source>
            <translation>Wählen Sie die Netzwerkkarte, die mit den Telefonen verkabelt ist.</translation>
        </message>
        <message>
            <source>The chosen card has no IPv4 address, so the phones could not reach this computer.</source>
            <translation>Die gewählte Karte hat keine IPv4-Adresse, die Telefone könnten diesen Computer also nicht erreichen.</translation>
        </message>
        <message>
            <source>Scan for other DHCP servers first: two servers on one switch give the phones the wrong addresses.</source>
            <translation>Suchen Sie zuerst nach anderen DHCP-Servern: Zwei Server an einem Switch geben den Telefonen falsche Adressen.</translation>
        </message>
        <message>
            <source>Another DHCP server answers on this card. Remove it, use it instead, or tick "Serve anyway".</source>
            <translation>An dieser Karte antwortet ein anderer DHCP-Server. Entfernen Sie ihn, nutzen Sie ihn stattdessen oder wählen Sie „Trotzdem bedienen“.</translation>
        </message>
        <message>
            <source>Asking the network on %1 for other DHCP servers (slow ones included, up to %2 s)…</source>
            <translation>Frage das Netz an %1 nach anderen DHCP-Servern (auch langsamen, bis zu %2 s)…</translation>
        </message>
    </context>
    <context>
        <name>PbxPage</name>
        <message>
            <source>PBX and lines</source>
            <translation>Telefonanlage und Leitungen</translation>
        </message>
        <message>
            <source>Where the phones register, and the lines of each phone. Passwords are kept in the system keychain, never in files.</source>
            <translation>Wo sich die Telefone anmelden und welche Leitungen jedes Telefon hat. Passwörter liegen im Schlüsselbund des Systems, nie in Dateien.</translation>
        </message>
        <message>
            <source>PBX address</source>
            <translation>Adresse der Telefonanlage</translation>
        </message>
        <message>
            <source>192.168.1.10 or pbx.example.com</source>
            <translation>192.168.1.10 oder pbx.example.com</translation>
        </message>
        <message>
            <source>SIP port</source>
            <translation>SIP-Port</translation>
        </message>
        <message>
            <source>Transport</source>
            <translation>Transport</translation>
        </message>
        <message>
            <source>NTP server</source>
            <translation>NTP-Server</translation>
        </message>
        <message>
            <source>optional; without it the phones show a wrong time</source>
            <translation>optional; ohne ihn zeigen die Telefone eine falsche Uhrzeit</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Zeitzone</translation>
        </message>
        <message>
            <source>Phone language</source>
            <translation>Sprache der Telefone</translation>
        </message>
        <message>
            <source>PBX &amp;address:</source>
            <translation>&amp;Adresse der Telefonanlage:</translation>
        </message>
        <message>
            <source>&amp;Transport:</source>
            <translation>&amp;Transport:</translation>
        </message>
        <message>
            <source>SIP &amp;port:</source>
            <translation>SIP-Po&amp;rt:</translation>
        </message>
        <message>
            <source>&amp;NTP server:</source>
            <translation>&amp;NTP-Server:</translation>
        </message>
        <message>
            <source>Time &amp;zone:</source>
            <translation>Zeitz&amp;one:</translation>
        </message>
        <message>
            <source>Phone lan&amp;guage:</source>
            <translation>Telefon&amp;sprache:</translation>
        </message>
        <message>
            <source>Phones and lines</source>
            <translation>Telefone und Leitungen</translation>
        </message>
        <message>
            <source>P&amp;hones and lines:</source>
            <translation>Telefone und &amp;Leitungen:</translation>
        </message>
        <message>
            <source>A&amp;dd line</source>
            <translation>Leitung &amp;hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Entfernen</translation>
        </message>
        <message>
            <source>&amp;Import CSV…</source>
            <translation>CSV &amp;importieren…</translation>
        </message>
        <message>
            <source>E&amp;xport CSV…</source>
            <translation>CSV e&amp;xportieren…</translation>
        </message>
        <message>
            <source>Import inventory</source>
            <translation>Inventar importieren</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>Export inventory (without passwords)</source>
            <translation>Inventar exportieren (ohne Passwörter)</translation>
        </message>
        <message>
            <source>Talking to the system keychain…</source>
            <translation>Verbindung zum Schlüsselbund des Systems…</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>%1 wird gelesen…</translation>
        </message>
        <message>
            <source>Imported %1 phones.</source>
            <translation>%1 Telefone importiert.</translation>
        </message>
        <message>
            <source>Imported %1 phones; rows left out:
%2</source>
            <translation>%1 Telefone importiert; ausgelassene Zeilen:
%2</translation>
        </message>
        <message>
            <source>Exported to %1 (without passwords).</source>
            <translation>Nach %1 exportiert (ohne Passwörter).</translation>
        </message>
        <message>
            <source>Fix the PBX settings shown in red.</source>
            <translation>Korrigieren Sie die rot angezeigten Einstellungen der Telefonanlage.</translation>
        </message>
        <message>
            <source>Add at least one phone line, or import an inventory file.</source>
            <translation>Fügen Sie mindestens eine Leitung hinzu oder importieren Sie eine Inventardatei.</translation>
        </message>
        <message>
            <source>Fix the cells marked in red in the table (hover over a cell to see why).</source>
            <translation>Korrigieren Sie die rot markierten Zellen der Tabelle (zeigen Sie mit der Maus auf eine Zelle, um den Grund zu sehen).</translation>
        </message>
        <message>
            <source>TLS is not offered: a phone registers over TLS only with a trust list signed for its PBX, which only a Cisco call manager can make.</source>
            <translation>TLS wird nicht angeboten: Ein Telefon registriert sich über TLS nur mit einer für seine Telefonanlage signierten Trust-Liste, die nur ein Cisco Call Manager erstellen kann.</translation>
        </message>
        <message>
            <source>Router for the phones</source>
            <translation>Router für die Telefone</translation>
        </message>
        <message>
            <source>optional; needed when the PBX is on another network</source>
            <translation>optional; nötig, wenn die Telefonanlage in einem anderen Netz ist</translation>
        </message>
        <message>
            <source>DNS server for the phones</source>
            <translation>DNS-Server für die Telefone</translation>
        </message>
        <message>
            <source>optional; without it a PBX name is written as its address</source>
            <translation>optional; ohne ihn wird ein Anlagenname als Adresse eingetragen</translation>
        </message>
        <message>
            <source>Ro&amp;uter (phones):</source>
            <translation>Ro&amp;uter (Telefone):</translation>
        </message>
        <message>
            <source>DN&amp;S server (phones):</source>
            <translation>DN&amp;S-Server (Telefone):</translation>
        </message>
    </context>
    <context>
        <name>PbxPlanTexts</name>
        <message>
            <source>The phones will look up %1 through the DNS server %2 (this computer finds it at %3).</source>
            <translation>Die Telefone lösen %1 über den DNS-Server %2 auf (dieser Computer findet es unter %3).</translation>
        </message>
        <message>
            <source>No DNS server is given to the phones, so their configs name %1 by its address %2, as this computer resolves it now.</source>
            <translation>Die Telefone erhalten keinen DNS-Server, daher nennen ihre Konfigurationen %1 mit der Adresse %2, so wie dieser Computer den Namen jetzt auflöst.</translation>
        </message>
    </context>
    <context>
        <name>PhoneResetTexts</name>
        <message>
            <source>Unplug the phone. Hold # while you plug it in, until the line buttons flash amber (this can take a minute or more).</source>
            <translation>Trennen Sie das Telefon vom Strom. Halten Sie beim Einstecken # gedrückt, bis die Leitungstasten gelb blinken (das kann eine Minute oder länger dauern).</translation>
        </message>
        <message>
            <source>Unplug the phone. Hold # while you plug it in, until the light strip on the handset flashes red in sequence.</source>
            <translation>Trennen Sie das Telefon vom Strom. Halten Sie beim Einstecken # gedrückt, bis der Leuchtstreifen am Hörer der Reihe nach rot blinkt.</translation>
        </message>
        <message>
            <source>Unplug the phone. Hold # while you plug it in, until the Headset, Mute and Speaker buttons flash.</source>
            <translation>Trennen Sie das Telefon vom Strom. Halten Sie beim Einstecken # gedrückt, bis die Tasten Headset, Mute und Speaker blinken.</translation>
        </message>
        <message>
            <source>the screen shows "Upgrading".</source>
            <translation>Das Display zeigt „Upgrading“.</translation>
        </message>
        <message>
            <source>the line buttons flash red.</source>
            <translation>Die Leitungstasten blinken rot.</translation>
        </message>
        <message>
            <source>the line lamps turn green.</source>
            <translation>Die Leitungslampen leuchten grün.</translation>
        </message>
        <message>
            <source>the handset light strip lights in sequence.</source>
            <translation>Der Leuchtstreifen am Hörer leuchtet der Reihe nach auf.</translation>
        </message>
        <message>
            <source>Type it within 60 seconds. When the phone asks "Keep network cfg? 1=yes 2=no", press 2.</source>
            <translation>Tippen Sie sie innerhalb von 60 Sekunden. Fragt das Telefon „Keep network cfg? 1=yes 2=no“, drücken Sie 2.</translation>
        </message>
    </context>
    <context>
        <name>PreflightPage</name>
        <message>
            <source>Before you start</source>
            <translation>Bevor Sie beginnen</translation>
        </message>
        <message>
            <source>sccp2sip turns Cisco 79xx phones from SCCP into SIP phones. It runs its own DHCP and TFTP servers on this computer, so check the bench first.</source>
            <translation>sccp2sip macht aus Cisco-79xx-Telefonen mit SCCP SIP-Telefone. Es betreibt eigene DHCP- und TFTP-Server auf diesem Computer; prüfen Sie deshalb zuerst den Arbeitsplatz.</translation>
        </message>
        <message>
            <source>The phones, each powered by PoE or its own power brick.</source>
            <translation>Die Telefone, jedes über PoE oder sein eigenes Netzteil versorgt.</translation>
        </message>
        <message>
            <source>A plain switch between this computer and the phones: no voice VLAN, not the office network.</source>
            <translation>Ein einfacher Switch zwischen diesem Computer und den Telefonen: kein Voice-VLAN, nicht das Büronetz.</translation>
        </message>
        <message>
            <source>This computer cabled to that switch (a wired card, not Wi-Fi).</source>
            <translation>Dieser Computer per Kabel an diesem Switch (eine kabelgebundene Netzwerkkarte, kein WLAN).</translation>
        </message>
        <message>
            <source>The Cisco firmware bundles you own for your phone models (zip, tar or cop.sgn files).</source>
            <translation>Die Cisco-Firmwarepakete, die Sie für Ihre Telefonmodelle besitzen (zip-, tar- oder cop.sgn-Dateien).</translation>
        </message>
        <message>
            <source>The address of your PBX and the extension, user name and password of each phone's line.</source>
            <translation>Die Adresse Ihrer Telefonanlage sowie Nebenstelle, Benutzername und Passwort der Leitung jedes Telefons.</translation>
        </message>
        <message>
            <source>What the bench needs</source>
            <translation>Was der Arbeitsplatz braucht</translation>
        </message>
        <message>
            <source>Server ports</source>
            <translation>Server-Ports</translation>
        </message>
        <message>
            <source>Command that allows the server ports</source>
            <translation>Befehl, der die Server-Ports erlaubt</translation>
        </message>
        <message>
            <source>Cop&amp;y command</source>
            <translation>Befehl &amp;kopieren</translation>
        </message>
        <message>
            <source>Restart as &amp;administrator</source>
            <translation>Als &amp;Administrator neu starten</translation>
        </message>
        <message>
            <source>&amp;Check again</source>
            <translation>&amp;Erneut prüfen</translation>
        </message>
        <message>
            <source>&amp;Prepare only: continue without the servers (firmware and lines)</source>
            <translation>Nur &amp;vorbereiten: ohne die Server weitermachen (Firmware und Leitungen)</translation>
        </message>
        <message>
            <source>DHCP server (UDP %1)</source>
            <translation>DHCP-Server (UDP %1)</translation>
        </message>
        <message>
            <source>TFTP server (UDP %1)</source>
            <translation>TFTP-Server (UDP %1)</translation>
        </message>
        <message>
            <source>✔ %1: ready</source>
            <translation>✔ %1: bereit</translation>
        </message>
        <message>
            <source>✘ %1: blocked</source>
            <translation>✘ %1: blockiert</translation>
        </message>
        <message>
            <source>The DHCP and TFTP ports must open before the bench can run. Fix the problem shown above, or tick "Prepare only" to set up firmware and lines now.</source>
            <translation>Die DHCP- und TFTP-Ports müssen sich öffnen lassen, bevor der Arbeitsplatz laufen kann. Beheben Sie das oben gezeigte Problem oder wählen Sie „Nur vorbereiten“, um jetzt Firmware und Leitungen einzurichten.</translation>
        </message>
        <message>
            <source>pkexec could not be started. Run the command above in a terminal instead.</source>
            <translation>pkexec konnte nicht gestartet werden. Führen Sie stattdessen den obigen Befehl in einem Terminal aus.</translation>
        </message>
        <message>
            <source>… checking</source>
            <translation>… wird geprüft</translation>
        </message>
    </context>
    <context>
        <name>ReportHtml</name>
        <message>
            <source>Bench report</source>
            <translation>Arbeitsplatz-Bericht</translation>
        </message>
        <message>
            <source>Written by sccp2sip %1 on %2.</source>
            <translation>Erstellt von sccp2sip %1 am %2.</translation>
        </message>
    </context>
    <context>
        <name>ReportPage</name>
        <message>
            <source>Report</source>
            <translation>Bericht</translation>
        </message>
        <message>
            <source>What the bench did to each phone. Save the report for your records or print it; phones that failed or need attention say why and what to do.</source>
            <translation>Was der Arbeitsplatz mit jedem Telefon gemacht hat. Speichern oder drucken Sie den Bericht für Ihre Unterlagen; fehlgeschlagene Telefone und solche, die Aufmerksamkeit brauchen, nennen Grund und Abhilfe.</translation>
        </message>
        <message>
            <source>Shows the report the bench last saved in the state folder, for example after sccp2sip was closed or crashed.</source>
            <translation>Zeigt den Bericht, den der Arbeitsplatz zuletzt im Statusordner gespeichert hat, zum Beispiel nachdem sccp2sip geschlossen wurde oder abgestürzt ist.</translation>
        </message>
        <message>
            <source>Phones in the report</source>
            <translation>Telefone im Bericht</translation>
        </message>
        <message>
            <source>&amp;Phones:</source>
            <translation>&amp;Telefone:</translation>
        </message>
        <message>
            <source>Save as &amp;CSV…</source>
            <translation>Als &amp;CSV speichern…</translation>
        </message>
        <message>
            <source>Save as &amp;JSON…</source>
            <translation>Als &amp;JSON speichern…</translation>
        </message>
        <message>
            <source>The folder with the saved report, the log, the leases and the firmware library.</source>
            <translation>Der Ordner mit dem gespeicherten Bericht, dem Protokoll, den Adresszuteilungen und der Firmware-Bibliothek.</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Zusammenfassung</translation>
        </message>
        <message>
            <source>Showing the report saved at %1 (%2).</source>
            <translation>Angezeigt wird der Bericht vom %1 (%2).</translation>
        </message>
        <message>
            <source>Showing this session's bench run.</source>
            <translation>Angezeigt wird der Lauf dieser Sitzung.</translation>
        </message>
        <message>
            <source>The bench ran in this session but saw no phone.</source>
            <translation>Der Arbeitsplatz lief in dieser Sitzung, hat aber kein Telefon gesehen.</translation>
        </message>
        <message>
            <source>The bench has not run in this session. Load the last saved report to see what happened before.</source>
            <translation>Der Arbeitsplatz ist in dieser Sitzung noch nicht gelaufen. Laden Sie den zuletzt gespeicherten Bericht, um zu sehen, was vorher geschah.</translation>
        </message>
        <message>
            <source>The bench has not run yet, and no report is saved in the state folder.</source>
            <translation>Der Arbeitsplatz ist noch nicht gelaufen, und im Statusordner ist kein Bericht gespeichert.</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>JSON-Dateien (*.json)</translation>
        </message>
        <message>
            <source>Web pages (*.html *.htm)</source>
            <translation>Webseiten (*.html *.htm)</translation>
        </message>
        <message>
            <source>Save the report</source>
            <translation>Bericht speichern</translation>
        </message>
        <message>
            <source>The state folder could not be opened.</source>
            <translation>Der Statusordner konnte nicht geöffnet werden.</translation>
        </message>
        <message>
            <source>No file manager answered the request to show it.</source>
            <translation>Kein Dateimanager hat auf die Anfrage reagiert, ihn anzuzeigen.</translation>
        </message>
        <message>
            <source>Open %1 in your file manager yourself.</source>
            <translation>Öffnen Sie %1 selbst in Ihrem Dateimanager.</translation>
        </message>
        <message>
            <source>Load last saved &amp;report</source>
            <translation>Zuletzt gespeicherten Bericht &amp;laden</translation>
        </message>
        <message>
            <source>Save printable &amp;HTML…</source>
            <translation>Druckbares &amp;HTML speichern…</translation>
        </message>
        <message>
            <source>&amp;Open state folder</source>
            <translation>&amp;Statusordner öffnen</translation>
        </message>
    </context>
    <context>
        <name>ReportPhoneModel</name>
        <message>
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>%1 (target)</source>
            <translation>%1 (Ziel)</translation>
        </message>
        <message>
            <source>It was at the %1 stage when the bench stopped.</source>
            <translation>Es war in der Phase %1, als der Arbeitsplatz anhielt.</translation>
        </message>
        <message>
            <source>MAC</source>
            <translation>MAC</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modell</translation>
        </message>
        <message>
            <source>Serial</source>
            <translation>Serien-Nr.</translation>
        </message>
        <message>
            <source>IP address</source>
            <translation>IP-Adresse</translation>
        </message>
        <message>
            <source>Old → new load</source>
            <translation>Alte → neue Firmware</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Cause and fix</source>
            <translation>Ursache und Abhilfe</translation>
        </message>
        <message>
            <source>First seen</source>
            <translation>Zuerst gesehen</translation>
        </message>
        <message>
            <source>Last seen</source>
            <translation>Zuletzt gesehen</translation>
        </message>
    </context>
    <context>
        <name>ReportSummary</name>
        <message>
            <source>Verified</source>
            <translation>Geprüft</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fehlgeschlagen</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>Zu prüfen</translation>
        </message>
        <message>
            <source>Unfinished</source>
            <translation>Nicht fertig</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1 h %2 min</translation>
        </message>
        <message>
            <source>%1 min %2 s</source>
            <translation>%1 min %2 s</translation>
        </message>
        <message>
            <source>%1 (%2 to %3)</source>
            <translation>%1 (%2 bis %3)</translation>
        </message>
        <message>
            <source>%1 × %2</source>
            <translation>%1 × %2</translation>
        </message>
        <message>
            <source>unknown model</source>
            <translation>unbekanntes Modell</translation>
        </message>
        <message>
            <source>%1 → %2 (%3)</source>
            <translation>%1 → %2 (%3)</translation>
        </message>
        <message>
            <source>unknown load</source>
            <translation>unbekannte Firmware</translation>
        </message>
        <message>
            <source>Phones</source>
            <translation>Telefone</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>Models converted</source>
            <translation>Umgestellte Modelle</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>Loads</source>
            <translation>Firmware</translation>
        </message>
    </context>
    <context>
        <name>TrustListGuide</name>
        <message>
            <source>Phone model</source>
            <translation>Telefonmodell</translation>
        </message>
        <message>
            <source>Phone &amp;model:</source>
            <translation>Telefon&amp;modell:</translation>
        </message>
        <message>
            <source>Notes for this model</source>
            <translation>Hinweise zu diesem Modell</translation>
        </message>
        <message>
            <source>1. Erase the trust list from the menu</source>
            <translation>1. Trust-Liste im Menü löschen</translation>
        </message>
        <message>
            <source>This model keeps no trust list that the menu can erase. If it still asks for signed files, use the factory reset below.</source>
            <translation>Dieses Modell hat keine Trust-Liste, die sich im Menü löschen lässt. Fragt es trotzdem nach signierten Dateien, setzen Sie es wie unten beschrieben auf Werkseinstellungen zurück.</translation>
        </message>
        <message>
            <source>Press the Settings button and open %1.</source>
            <translation>Drücken Sie die Taste „Settings“ und öffnen Sie %1.</translation>
        </message>
        <message>
            <source>Older firmware names the path differently: %1.</source>
            <translation>Ältere Firmware benennt den Pfad anders: %1.</translation>
        </message>
        <message>
            <source>Type %1 on the keypad to unlock the settings (a padlock opens on the screen).</source>
            <translation>Tippen Sie %1 auf der Tastatur, um die Einstellungen zu entsperren (auf dem Display öffnet sich ein Schloss).</translation>
        </message>
        <message>
            <source>Select %1, press the %2 softkey and confirm.</source>
            <translation>Wählen Sie %1, drücken Sie den Softkey %2 und bestätigen Sie.</translation>
        </message>
        <message>
            <source>Select %1 and press the %2 softkey.</source>
            <translation>Wählen Sie %1 und drücken Sie den Softkey %2.</translation>
        </message>
        <message>
            <source>It worked when the bench page shows the phone asking for its plain configuration file instead of signed (.sgn) files. If Erase is greyed out or nothing changes, do the factory reset.</source>
            <translation>Es hat geklappt, wenn die Arbeitsplatz-Seite zeigt, dass das Telefon seine normale Konfigurationsdatei statt signierter (.sgn-)Dateien anfragt. Ist „Erase“ ausgegraut oder ändert sich nichts, setzen Sie es auf Werkseinstellungen zurück.</translation>
        </message>
        <message>
            <source>No public source confirms these menu names for this model: follow what the phone shows.</source>
            <translation>Keine öffentliche Quelle bestätigt diese Menünamen für dieses Modell: Folgen Sie der Anzeige des Telefons.</translation>
        </message>
        <message>
            <source>2. Factory reset</source>
            <translation>2. Werkseinstellungen</translation>
        </message>
        <message>
            <source>Unplug the phone, then power it up while holding #.</source>
            <translation>Trennen Sie das Telefon vom Strom und schalten Sie es mit gedrückter #-Taste wieder ein.</translation>
        </message>
        <message>
            <source>Release # and type %1.</source>
            <translation>Lassen Sie # los und tippen Sie %1.</translation>
        </message>
        <message>
            <source>While it runs: %1</source>
            <translation>Währenddessen: %1</translation>
        </message>
        <message>
            <source>3. Format (last resort)</source>
            <translation>3. Formatieren (letzter Ausweg)</translation>
        </message>
        <message>
            <source>Enter reset mode as above and type %1 instead. This removes the trust list for certain, and the firmware too: the phone then loads it again from this bench, which takes longer.</source>
            <translation>Wechseln Sie wie oben in den Reset-Modus und tippen Sie stattdessen %1. Das entfernt die Trust-Liste sicher, aber auch die Firmware: Das Telefon lädt sie dann erneut von diesem Arbeitsplatz, was länger dauert.</translation>
        </message>
    </context>
    <context>
        <name>TrustListPage</name>
        <message>
            <source>Trust list and resets</source>
            <translation>Trust-Liste und Zurücksetzen</translation>
        </message>
        <message>
            <source>Phones that belonged to a Cisco call manager keep its trust list and ignore this bench. The bench page tells you which phones need this; here is how, per model.</source>
            <translation>Telefone, die an einem Cisco Call Manager hingen, behalten dessen Trust-Liste und ignorieren diesen Arbeitsplatz. Welche Telefone das betrifft, zeigt die Arbeitsplatz-Seite; hier steht, wie es pro Modell geht.</translation>
        </message>
        <message>
            <source>Choose a phone model to see its steps.</source>
            <translation>Wählen Sie ein Telefonmodell, um seine Schritte zu sehen.</translation>
        </message>
    </context>
</TS>
