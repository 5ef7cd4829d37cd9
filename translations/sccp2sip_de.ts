<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>BenchWizard</name>
        <message>
            <source>sccp2sip — Cisco phone bench</source>
            <translation>sccp2sip — Cisco-Telefon-Werkbank</translation>
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
            <source>What the bench needs:</source>
            <translation>Was der Arbeitsplatz braucht:</translation>
        </message>
    </context>
</TS>
