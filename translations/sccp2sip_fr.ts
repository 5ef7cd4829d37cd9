<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>BenchWizard</name>
        <message>
            <source>sccp2sip — Cisco phone bench</source>
            <translation>sccp2sip — banc de téléphones Cisco</translation>
        </message>
    </context>
    <context>
        <name>PreflightPage</name>
        <message>
            <source>Before you start</source>
            <translation>Avant de commencer</translation>
        </message>
        <message>
            <source>sccp2sip turns Cisco 79xx phones from SCCP into SIP phones. It runs its own DHCP and TFTP servers on this computer, so check the bench first.</source>
            <translation>sccp2sip transforme les téléphones Cisco 79xx SCCP en téléphones SIP. Il fait tourner ses propres serveurs DHCP et TFTP sur cet ordinateur : vérifiez donc d’abord le banc.</translation>
        </message>
        <message>
            <source>The phones, each powered by PoE or its own power brick.</source>
            <translation>Les téléphones, chacun alimenté par PoE ou par son propre bloc d’alimentation.</translation>
        </message>
        <message>
            <source>A plain switch between this computer and the phones: no voice VLAN, not the office network.</source>
            <translation>Un simple commutateur entre cet ordinateur et les téléphones : pas de VLAN voix, pas le réseau du bureau.</translation>
        </message>
        <message>
            <source>This computer cabled to that switch (a wired card, not Wi-Fi).</source>
            <translation>Cet ordinateur relié à ce commutateur par câble (une carte filaire, pas le Wi-Fi).</translation>
        </message>
        <message>
            <source>The Cisco firmware bundles you own for your phone models (zip, tar or cop.sgn files).</source>
            <translation>Les paquets de micrologiciel Cisco que vous possédez pour vos modèles (fichiers zip, tar ou cop.sgn).</translation>
        </message>
        <message>
            <source>The address of your PBX and the extension, user name and password of each phone's line.</source>
            <translation>L’adresse de votre PBX ainsi que le poste, le nom d’utilisateur et le mot de passe de la ligne de chaque téléphone.</translation>
        </message>
        <message>
            <source>What the bench needs</source>
            <translation>Ce dont le banc a besoin</translation>
        </message>
        <message>
            <source>What the bench needs:</source>
            <translation>Ce dont le banc a besoin :</translation>
        </message>
    </context>
</TS>
