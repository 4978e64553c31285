<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>main</name>
    <message>
        <source>Cannot run the spec</source>
        <translation>Spezifikation kann nicht ausgeführt werden</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Öffnen nicht möglich</translation>
    </message>
</context>
<context>
    <name>sandbox</name>
    <message>
        <source>--mount: &quot;%1&quot; is not of the form SRC:DST</source>
        <translation>--mount: &quot;%1&quot; hat nicht die Form SRC:DST</translation>
    </message>
    <message>
        <source>--volume: &quot;%1&quot; is not of the form NAME:PATH</source>
        <translation>--volume: &quot;%1&quot; hat nicht die Form NAME:PATH</translation>
    </message>
    <message>
        <source>--cpu: &quot;%1&quot; is not a number of cores</source>
        <translation>--cpu: &quot;%1&quot; ist keine Anzahl von Kernen</translation>
    </message>
    <message>
        <source>--memory: &quot;%1&quot; is not a whole number of MiB</source>
        <translation>--memory: &quot;%1&quot; ist keine ganze Zahl von MiB</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>Verwendung: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>each entry must be KEY=VALUE; %1</source>
        <translation>Jeder Eintrag muss KEY=VALUE sein; %1</translation>
    </message>
    <message>
        <source>cpu: %1 cores asked for, but this machine has %2</source>
        <translation>cpu: %1 Kerne angefordert, aber dieser Rechner hat %2</translation>
    </message>
    <message>
        <source>cpu limit not enforced: %1</source>
        <translation>CPU-Grenze nicht durchgesetzt: %1</translation>
    </message>
    <message>
        <source>memory: %1 MiB asked for, but this machine has %2 MiB</source>
        <translation>memory: %1 MiB angefordert, aber dieser Rechner hat %2 MiB</translation>
    </message>
    <message>
        <source>memory limit not enforced: %1</source>
        <translation>Speichergrenze nicht durchgesetzt: %1</translation>
    </message>
    <message>
        <source>mounts: %1 does not exist</source>
        <translation>mounts: %1 existiert nicht</translation>
    </message>
    <message>
        <source>volumes: no volume named %1 (create it with: sandbox-run volumes create %1)</source>
        <translation>volumes: Kein Volume namens %1 (anlegen mit: sandbox-run volumes create %1)</translation>
    </message>
    <message>
        <source>network: pasta (Debian package passt) is not installed; install it or block the network</source>
        <translation>network: pasta (Debian-Paket passt) ist nicht installiert; installieren Sie es oder sperren Sie das Netzwerk</translation>
    </message>
    <message>
        <source>job %1 %2</source>
        <translation>Job %1 %2</translation>
    </message>
    <message>
        <source>timed out on cluster %1 (job %2); the sandbox was killed</source>
        <translation>Zeitüberschreitung auf Cluster %1 (Job %2); die Sandbox wurde beendet</translation>
    </message>
    <message>
        <source>out of memory on cluster %1 (job %2)</source>
        <translation>Kein Speicher mehr auf Cluster %1 (Job %2)</translation>
    </message>
    <message>
        <source>clusters add: give exactly one cluster name</source>
        <translation>clusters add: Geben Sie genau einen Clusternamen an</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a whole number</source>
        <translation>--%1: &quot;%2&quot; ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>clusters: unknown command &quot;%1&quot;
</source>
        <translation>clusters: Unbekannter Befehl &quot;%1&quot;
</translation>
    </message>
    <message>
        <source>clusters rm: give exactly one cluster name
</source>
        <translation>clusters rm: Geben Sie genau einen Clusternamen an
</translation>
    </message>
    <message>
        <source>clusters rm: no cluster named &quot;%1&quot;
</source>
        <translation>clusters rm: Kein Cluster namens &quot;%1&quot;
</translation>
    </message>
    <message>
        <source>--spec: no spec on the first line of stdin</source>
        <translation>--spec: Keine Spezifikation in der ersten Zeile von stdin</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a normalised absolute path</source>
        <translation>%1: &quot;%2&quot; ist kein normalisierter absoluter Pfad</translation>
    </message>
    <message>
        <source>%1: %2 is reserved for the sandbox&apos;s own %3</source>
        <translation>%1: %2 ist für das eigene %3 der Sandbox reserviert</translation>
    </message>
    <message>
        <source>%1: cannot mount over the root directory</source>
        <translation>%1: Das Wurzelverzeichnis kann nicht überlagert werden</translation>
    </message>
    <message>
        <source>gpu: %1 is not a GPU count between 1 and 64</source>
        <translation>gpu: %1 ist keine GPU-Anzahl zwischen 1 und 64</translation>
    </message>
    <message>
        <source>gpu: &quot;%1&quot; is not &quot;any&quot;, a count or a list of device ids</source>
        <translation>gpu: &quot;%1&quot; ist weder &quot;any&quot; noch eine Anzahl oder eine Liste von Geräte-IDs</translation>
    </message>
    <message>
        <source>mounts: the source &quot;%1&quot; is not an absolute path</source>
        <translation>mounts: Die Quelle &quot;%1&quot; ist kein absoluter Pfad</translation>
    </message>
    <message>
        <source>volumes: &quot;%1&quot; is not a valid volume name</source>
        <translation>volumes: &quot;%1&quot; ist kein gültiger Volume-Name</translation>
    </message>
    <message>
        <source>mounts: two mounts or volumes at %1</source>
        <translation>mounts: Zwei Einhängungen oder Volumes bei %1</translation>
    </message>
    <message>
        <source>secrets: &quot;%1&quot; is not a valid secret name</source>
        <translation>secrets: &quot;%1&quot; ist kein gültiger Geheimnisname</translation>
    </message>
    <message>
        <source>secrets: %1 is listed twice</source>
        <translation>secrets: %1 ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>cpu: %1 is not a positive number of cores</source>
        <translation>cpu: %1 ist keine positive Anzahl von Kernen</translation>
    </message>
    <message>
        <source>cpu: %1 cores is below the smallest limit of 0.01</source>
        <translation>cpu: %1 Kerne liegt unter der kleinsten Grenze von 0,01</translation>
    </message>
    <message>
        <source>cpu: %1 cores is absurd (at most %2)</source>
        <translation>cpu: %1 Kerne ist unsinnig (höchstens %2)</translation>
    </message>
    <message>
        <source>memory: %1 MiB is negative</source>
        <translation>memory: %1 MiB ist negativ</translation>
    </message>
    <message>
        <source>memory: %1 MiB is below the smallest limit of %2 MiB</source>
        <translation>memory: %1 MiB liegt unter der kleinsten Grenze von %2 MiB</translation>
    </message>
    <message>
        <source>mounts: must be an array of {&quot;source&quot;, &quot;target&quot;} objects</source>
        <translation>mounts: Muss ein Array von {&quot;source&quot;, &quot;target&quot;}-Objekten sein</translation>
    </message>
    <message>
        <source>%1: must be an object of container path -&gt; volume name</source>
        <translation>%1: Muss ein Objekt aus Containerpfad -&gt; Volume-Name sein</translation>
    </message>
    <message>
        <source>%1: the volume for %2 must be a name</source>
        <translation>%1: Das Volume für %2 muss ein Name sein</translation>
    </message>
    <message>
        <source>gpu: device ids must be strings</source>
        <translation>gpu: Geräte-IDs müssen Zeichenketten sein</translation>
    </message>
    <message>
        <source>gpu: must be null, &quot;any&quot;, a count or a list of device ids</source>
        <translation>gpu: Muss null, &quot;any&quot;, eine Anzahl oder eine Liste von Geräte-IDs sein</translation>
    </message>
    <message>
        <source>secrets: must be an array of secret names</source>
        <translation>secrets: Muss ein Array von Geheimnisnamen sein</translation>
    </message>
    <message>
        <source>cpu: must be a number of cores</source>
        <translation>cpu: Muss eine Anzahl von Kernen sein</translation>
    </message>
    <message>
        <source>memory: must be a whole number of MiB</source>
        <translation>memory: Muss eine ganze Zahl von MiB sein</translation>
    </message>
    <message>
        <source>block_network: must be true or false</source>
        <translation>block_network: Muss true oder false sein</translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2)</source>
        <translation>%1: Kein JSON-Objekt (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>history: cannot write %1: %2</source>
        <translation>history: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>volumes dir %1 does not exist on %2; it must be a directory every node mounts</source>
        <translation>Das Volume-Verzeichnis %1 existiert auf %2 nicht; es muss ein Verzeichnis sein, das jeder Knoten einhängt</translation>
    </message>
    <message>
        <source>volumes dir %1 on %2 is not writable by this user (uid %3)</source>
        <translation>Das Volume-Verzeichnis %1 auf %2 ist für diesen Benutzer (UID %3) nicht beschreibbar</translation>
    </message>
    <message>
        <source>cluster %1 has no volumes dir; set one with: sandbox-run clusters add %1 --volumes-dir PATH</source>
        <translation>Cluster %1 hat kein Volume-Verzeichnis; legen Sie eines fest mit: sandbox-run clusters add %1 --volumes-dir PATH</translation>
    </message>
    <message>
        <source>cluster %1: %2</source>
        <translation>Cluster %1: %2</translation>
    </message>
    <message>
        <source>no cluster named &quot;%1&quot; in %2 (add one with `sandbox-run clusters add`)</source>
        <translation>Kein Cluster namens &quot;%1&quot; in %2 (hinzufügen mit `sandbox-run clusters add`)</translation>
    </message>
    <message>
        <source>usage: sandbox-run clusters list
       sandbox-run clusters add NAME [--ssh [USER@]HOST] [--port N] [--identity FILE]
              [--known-hosts FILE] [--partition NAME] [--volumes-dir DIR]
              [--node-sandbox-run PATH] [--node-data-dir DIR] [--cpus N]
              [--memory MIB] [--startup-minutes N] [--max-time MINUTES]
       sandbox-run clusters rm NAME
</source>
        <translation>Verwendung: sandbox-run clusters list
       sandbox-run clusters add NAME [--ssh [USER@]HOST] [--port N] [--identity FILE]
              [--known-hosts FILE] [--partition NAME] [--volumes-dir DIR]
              [--node-sandbox-run PATH] [--node-data-dir DIR] [--cpus N]
              [--memory MIB] [--startup-minutes N] [--max-time MINUTES]
       sandbox-run clusters rm NAME
</translation>
    </message>
    <message>
        <source>stdin</source>
        <translation>stdin</translation>
    </message>
    <message>
        <source>%1: larger than %2 bytes, not a spec</source>
        <translation>%1: Größer als %2 Bytes, keine Spezifikation</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: Der Ordner kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>%1 needs %2, but only %3 are free there</source>
        <translation>%1 benötigt %2, dort sind aber nur %3 frei</translation>
    </message>
    <message>
        <source>no place on this computer to save to</source>
        <translation>Kein Speicherort auf diesem Computer angegeben</translation>
    </message>
    <message>
        <source>%1: no such file or folder in the sandbox</source>
        <translation>%1: Diese Datei oder dieser Ordner existiert in der Sandbox nicht</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new name for the folder</source>
        <translation>%1 existiert bereits; wählen Sie einen neuen Namen für den Ordner</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; save the file or folder it points to instead</source>
        <translation>%1 ist eine symbolische Verknüpfung; speichern Sie stattdessen die Datei oder den Ordner, auf die sie zeigt</translation>
    </message>
    <message>
        <source>%1 is not a regular file or folder</source>
        <translation>%1 ist weder eine reguläre Datei noch ein Ordner</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: Datei oder Ordner existiert nicht</translation>
    </message>
    <message>
        <source>%1: a folder, but not a git repository</source>
        <translation>%1: Ein Ordner, aber kein Git-Repository</translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation>%1: Keine reguläre Datei</translation>
    </message>
    <message>
        <source>an empty argument is neither a file nor a repository URL</source>
        <translation>Ein leeres Argument ist weder eine Datei noch eine Repository-URL</translation>
    </message>
    <message>
        <source>%1: not a valid URL</source>
        <translation>%1: Keine gültige URL</translation>
    </message>
    <message>
        <source>%1: a file on another computer (%2) cannot be opened</source>
        <translation>%1: Eine Datei auf einem anderen Computer (%2) kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1: unsupported URL scheme &quot;%2&quot; (use https, http, git, ssh or file)</source>
        <translation>%1: Nicht unterstütztes URL-Schema &quot;%2&quot; (verwenden Sie https, http, git, ssh oder file)</translation>
    </message>
    <message>
        <source>%1: the URL names no host</source>
        <translation>%1: Die URL nennt keinen Host</translation>
    </message>
    <message>
        <source>%1: larger than %2 MiB; the editor opens source files only</source>
        <translation>%1: Größer als %2 MiB; der Editor öffnet nur Quelldateien</translation>
    </message>
    <message>
        <source>%1: a binary file, not source code</source>
        <translation>%1: Eine Binärdatei, kein Quellcode</translation>
    </message>
    <message>
        <source>%1: not UTF-8 text</source>
        <translation>%1: Kein UTF-8-Text</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 %2 (Debian package)</source>
        <translation>%1 %2 (Debian-Paket)</translation>
    </message>
    <message>
        <source>%1 does not resolve here: %2</source>
        <translation>%1 lässt sich hier nicht auflösen: %2</translation>
    </message>
    <message>
        <source>%1 is %2 here, by %3</source>
        <translation>%1 ist hier %2, durch %3</translation>
    </message>
    <message>
        <source>--dockerfile: %1 is not a file</source>
        <translation>--dockerfile: %1 ist keine Datei</translation>
    </message>
    <message>
        <source>--context: %1 is not a directory</source>
        <translation>--context: %1 ist kein Verzeichnis</translation>
    </message>
    <message>
        <source>--build-arg: %1 has no value and is not set in the environment</source>
        <translation>--build-arg: %1 hat keinen Wert und ist in der Umgebung nicht gesetzt</translation>
    </message>
    <message>
        <source>copying the sandbox&apos;s changes failed (cp exit status %1)</source>
        <translation>das Kopieren der Änderungen der Sandbox ist fehlgeschlagen (cp-Exit-Status %1)</translation>
    </message>
    <message>
        <source>snapshot: &quot;%1&quot; is not a valid image name: %2</source>
        <translation>snapshot: &quot;%1&quot; ist kein gültiger Image-Name: %2</translation>
    </message>
    <message>
        <source>snapshot: the sandbox&apos;s image layer %1 is gone</source>
        <translation>snapshot: Die Image-Schicht %1 der Sandbox ist nicht mehr vorhanden</translation>
    </message>
    <message>
        <source>snapshot: cannot create a staging directory in %1</source>
        <translation>snapshot: In %1 kann kein Arbeitsverzeichnis angelegt werden</translation>
    </message>
    <message>
        <source>snapshot: the runtime could not pause the sandbox</source>
        <translation>snapshot: Die Laufzeitumgebung konnte die Sandbox nicht anhalten</translation>
    </message>
    <message>
        <source>snapshot: cannot name the image: %1</source>
        <translation>snapshot: Das Image kann nicht benannt werden: %1</translation>
    </message>
    <message>
        <source>snapshot: cannot record %1 in the image store</source>
        <translation>snapshot: %1 kann nicht im Image-Speicher eingetragen werden</translation>
    </message>
    <message>
        <source>--label: expects KEY=VALUE</source>
        <translation>--label: erwartet KEY=VALUE</translation>
    </message>
    <message>
        <source>--idle-timeout: expects a whole number of seconds above 0</source>
        <translation>--idle-timeout: erwartet eine ganze Zahl von Sekunden über 0</translation>
    </message>
    <message>
        <source>Usage: sandbox-run create [run options] [--name NAME] [--label KEY=VALUE]... [--idle-timeout S] [--keep] [-- COMMAND...]
Starts a sandbox that stays up; prints its id. Run options as for sandbox-run (see sandbox-run --help).</source>
        <translation>Verwendung: sandbox-run create [Ausführungsoptionen] [--name NAME] [--label KEY=VALUE]... [--idle-timeout S] [--keep] [-- BEFEHL...]
Startet eine Sandbox, die weiterläuft, und gibt ihre ID aus. Ausführungsoptionen wie bei sandbox-run (siehe sandbox-run --help).</translation>
    </message>
    <message>
        <source>create: --spec -, --on and --tty do not apply (use exec -t for a shell)</source>
        <translation>create: --spec -, --on und --tty gelten hier nicht (für eine Shell exec -t verwenden)</translation>
    </message>
    <message>
        <source>usage: sandbox-run ls [--label KEY=VALUE]... [--json]</source>
        <translation>Verwendung: sandbox-run ls [--label KEY=VALUE]... [--json]</translation>
    </message>
    <message>
        <source>the sandbox ended: %1</source>
        <translation>die Sandbox ist beendet: %1</translation>
    </message>
    <message>
        <source>usage: sandbox-run snapshot ID|NAME --tag IMAGE-NAME</source>
        <translation>Verwendung: sandbox-run snapshot ID|NAME --tag IMAGE-NAME</translation>
    </message>
    <message>
        <source>copying %1 failed</source>
        <translation>das Kopieren von %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>usage: sandbox-run cp HOST-FILE ID:PATH | cp ID:PATH HOST-PATH</source>
        <translation>Verwendung: sandbox-run cp HOST-DATEI ID:PFAD | cp ID:PFAD HOST-PFAD</translation>
    </message>
    <message>
        <source>cp: exactly one side must be ID:PATH</source>
        <translation>cp: genau eine Seite muss ID:PFAD sein</translation>
    </message>
    <message>
        <source>cp: cannot open %1 (a regular file)</source>
        <translation>cp: %1 kann nicht geöffnet werden (eine reguläre Datei)</translation>
    </message>
    <message>
        <source>cp: %1</source>
        <translation>cp: %1</translation>
    </message>
    <message>
        <source>usage: sandbox-run %1 ID|NAME</source>
        <translation>Verwendung: sandbox-run %1 ID|NAME</translation>
    </message>
    <message>
        <source>-w: expects an absolute path inside the sandbox</source>
        <translation>-w: erwartet einen absoluten Pfad in der Sandbox</translation>
    </message>
    <message>
        <source>-e: &quot;%1&quot; is not of the form KEY=VALUE</source>
        <translation>-e: &quot;%1&quot; hat nicht die Form KEY=VALUE</translation>
    </message>
    <message>
        <source>--timeout: expects a whole number of seconds above 0</source>
        <translation>--timeout: erwartet eine ganze Zahl von Sekunden über 0</translation>
    </message>
    <message>
        <source>exec: unknown option %1</source>
        <translation>exec: unbekannte Option %1</translation>
    </message>
    <message>
        <source>usage: sandbox-run exec [-t] [-i] [-w DIR] [-e KEY=VALUE]... [--timeout S] ID|NAME -- COMMAND...</source>
        <translation>Verwendung: sandbox-run exec [-t] [-i] [-w VERZ] [-e KEY=VALUE]... [--timeout S] ID|NAME -- BEFEHL...</translation>
    </message>
    <message>
        <source>exec timed out; the process was killed</source>
        <translation>exec: Zeitüberschreitung; der Prozess wurde beendet</translation>
    </message>
    <message>
        <source>-t: stdin and stdout must be a terminal</source>
        <translation>-t: stdin und stdout müssen ein Terminal sein</translation>
    </message>
    <message>
        <source>--disk: &quot;%1&quot; is not a whole number of MiB</source>
        <translation>--disk: „%1“ ist keine ganze Zahl von MiB</translation>
    </message>
    <message>
        <source>disk: %1 MiB is negative</source>
        <translation>disk: %1 MiB ist negativ</translation>
    </message>
    <message>
        <source>disk: %1 MiB is below the smallest size of %2 MiB</source>
        <translation>disk: %1 MiB liegt unter der kleinsten Größe von %2 MiB</translation>
    </message>
    <message>
        <source>disk: must be a whole number of MiB</source>
        <translation>disk: muss eine ganze Zahl von MiB sein</translation>
    </message>
    <message>
        <source>outside the project, never applied: %1</source>
        <translation>außerhalb des Projekts, nie übernommen: %1</translation>
    </message>
    <message>
        <source>not applied: %1: %2</source>
        <translation>nicht übernommen: %1: %2</translation>
    </message>
    <message>
        <source>apply: give one sandbox id and either --to DIR or --branch NAME</source>
        <translation>apply: eine Sandbox-ID und entweder --to VERZEICHNIS oder --branch NAME angeben</translation>
    </message>
    <message>
        <source>Changes kept from sandbox %1</source>
        <translation>Übernommene Änderungen aus Sandbox %1</translation>
    </message>
    <message>
        <source>diff: a summary per file instead of the patch.</source>
        <translation>diff: eine Zusammenfassung je Datei statt des Patches.</translation>
    </message>
    <message>
        <source>Where the project is in the sandbox (default: /workspace).</source>
        <translation>Wo das Projekt in der Sandbox liegt (Standard: /workspace).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>apply: write the changes into this folder.</source>
        <translation>apply: die Änderungen in diesen Ordner schreiben.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>apply: commit the changes to this new branch.</source>
        <translation>apply: die Änderungen auf diesen neuen Branch committen.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>apply --branch: the commit message.</source>
        <translation>apply --branch: die Commit-Nachricht.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>apply: only paths matching this glob (repeatable).</source>
        <translation>apply: nur Pfade, die zu diesem Muster passen (wiederholbar).</translation>
    </message>
    <message>
        <source>glob</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>apply: leave out paths matching this glob (repeatable).</source>
        <translation>apply: Pfade auslassen, die zu diesem Muster passen (wiederholbar).</translation>
    </message>
    <message>
        <source>apply --to: only say what would happen.</source>
        <translation>apply --to: nur sagen, was geschähe.</translation>
    </message>
    <message>
        <source>%1: give a sandbox id</source>
        <translation>%1: eine Sandbox-ID angeben</translation>
    </message>
</context>
<context>
    <name>sandbox-run</name>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>--tty: stdin and stdout must be a terminal</source>
        <translation>--tty: stdin und stdout müssen ein Terminal sein</translation>
    </message>
    <message>
        <source>timed out after %1 s; the sandbox was killed</source>
        <translation>Zeitüberschreitung nach %1 s; die Sandbox wurde beendet</translation>
    </message>
    <message>
        <source>out of memory: the sandbox hit its %1 MiB limit</source>
        <translation>Kein Speicher mehr: Die Sandbox hat ihre Grenze von %1 MiB erreicht</translation>
    </message>
    <message>
        <source>kept: %1</source>
        <translation>aufbewahrt: %1</translation>
    </message>
</context>
<context>
    <name>sandbox::Backend</name>
    <message>
        <source>no local engine</source>
        <translation>Keine lokale Engine</translation>
    </message>
    <message>
        <source>no cluster named &quot;%1&quot; in %2 (add one with `sandbox-run clusters add`)</source>
        <translation>Kein Cluster namens &quot;%1&quot; in %2 (hinzufügen mit `sandbox-run clusters add`)</translation>
    </message>
</context>
<context>
    <name>sandbox::CdiRegistry</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (not a CDI spec: no &quot;vendor/class&quot; kind)</source>
        <translation>%1 (keine CDI-Spezifikation: keine Art &quot;vendor/class&quot;)</translation>
    </message>
    <message>
        <source>gpu: %1 needs the device node %2, which is not on this host</source>
        <translation>gpu: %1 benötigt den Geräteknoten %2, der auf diesem Host fehlt</translation>
    </message>
    <message>
        <source>gpu: %1 needs %2 mounted, which is not on this host</source>
        <translation>gpu: %1 benötigt %2 eingehängt, was auf diesem Host fehlt</translation>
    </message>
    <message>
        <source>gpu: a GPU was asked for, but no CDI spec in %1 describes one (on NVIDIA machines: nvidia-ctk cdi generate --format=json --output=/etc/cdi/nvidia.json)</source>
        <translation>gpu: Eine GPU wurde angefordert, aber keine CDI-Spezifikation in %1 beschreibt eine (auf NVIDIA-Rechnern: nvidia-ctk cdi generate --format=json --output=/etc/cdi/nvidia.json)</translation>
    </message>
    <message>
        <source>; skipped: %1</source>
        <translation>; übersprungen: %1</translation>
    </message>
    <message>
        <source>gpu: %1 GPUs asked for, but this machine has %2 (%3)</source>
        <translation>gpu: %1 GPUs angefordert, aber dieser Rechner hat %2 (%3)</translation>
    </message>
    <message>
        <source>gpu: no GPU &quot;%1&quot; on this machine (there are: %2)</source>
        <translation>gpu: Keine GPU &quot;%1&quot; auf diesem Rechner (vorhanden: %2)</translation>
    </message>
</context>
<context>
    <name>sandbox::ClusterConfig</name>
    <message>
        <source>name: &quot;%1&quot; is not a valid cluster name (letters, digits, . _ -; up to 64)</source>
        <translation>name: &quot;%1&quot; ist kein gültiger Clustername (Buchstaben, Ziffern, . _ -; bis zu 64)</translation>
    </message>
    <message>
        <source>sshHost: &quot;%1&quot; is not a valid host name</source>
        <translation>sshHost: &quot;%1&quot; ist kein gültiger Hostname</translation>
    </message>
    <message>
        <source>sshPort: %1 is not a port number</source>
        <translation>sshPort: %1 ist keine Portnummer</translation>
    </message>
    <message>
        <source>sshUser: &quot;%1&quot; is not a valid user name</source>
        <translation>sshUser: &quot;%1&quot; ist kein gültiger Benutzername</translation>
    </message>
    <message>
        <source>partition: &quot;%1&quot; is not a valid partition name</source>
        <translation>partition: &quot;%1&quot; ist kein gültiger Partitionsname</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an absolute path</source>
        <translation>%1: &quot;%2&quot; ist kein absoluter Pfad</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; contains a comma or a NUL character</source>
        <translation>%1: &quot;%2&quot; enthält ein Komma oder ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>nodeSandboxRun: &quot;%1&quot; is not a program</source>
        <translation>nodeSandboxRun: &quot;%1&quot; ist kein Programm</translation>
    </message>
    <message>
        <source>defaultCpus: %1 is less than 1</source>
        <translation>defaultCpus: %1 ist kleiner als 1</translation>
    </message>
    <message>
        <source>defaultMemoryMiB: %1 is negative</source>
        <translation>defaultMemoryMiB: %1 ist negativ</translation>
    </message>
    <message>
        <source>startupMinutes: %1 is negative</source>
        <translation>startupMinutes: %1 ist negativ</translation>
    </message>
    <message>
        <source>maxTimeMinutes: %1 is negative</source>
        <translation>maxTimeMinutes: %1 ist negativ</translation>
    </message>
    <message>
        <source>%1: must be a string</source>
        <translation>%1: Muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>%1: must be a whole number</source>
        <translation>%1: Muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>cluster: unknown key &quot;%1&quot;</source>
        <translation>cluster: Unbekannter Schlüssel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>mode: &quot;%1&quot; is neither local-slurm nor ssh</source>
        <translation>mode: &quot;%1&quot; ist weder local-slurm noch ssh</translation>
    </message>
</context>
<context>
    <name>sandbox::ClusterStore</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>expected an object with a &quot;clusters&quot; array</source>
        <translation>Erwartet wird ein Objekt mit einem Array &quot;clusters&quot;</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; is defined twice</source>
        <translation>Cluster &quot;%1&quot; ist doppelt definiert</translation>
    </message>
</context>
<context>
    <name>sandbox::Container</name>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>cannot mount the sandbox&apos;s file system (overlayfs): %1</source>
        <translation>Das Dateisystem der Sandbox (overlayfs) kann nicht eingehängt werden: %1</translation>
    </message>
    <message>
        <source>cannot write the container config: %1</source>
        <translation>Die Containerkonfiguration kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>the data directory&apos;s path is too long for the terminal socket: %1</source>
        <translation>Der Pfad des Datenverzeichnisses ist zu lang für den Terminal-Socket: %1</translation>
    </message>
    <message>
        <source>cannot set up the sandbox&apos;s descriptors: %1</source>
        <translation>Die Deskriptoren der Sandbox können nicht eingerichtet werden: %1</translation>
    </message>
    <message>
        <source>cannot start the OCI runtime %1</source>
        <translation>Die OCI-Laufzeit %1 kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation>Durch Signal %1 beendet</translation>
    </message>
    <message>
        <source>the OCI runtime %1 failed to %2 the container: %3</source>
        <translation>Die OCI-Laufzeit %1 konnte den Container nicht %2: %3</translation>
    </message>
    <message>
        <source>create</source>
        <translation>erstellen</translation>
    </message>
    <message>
        <source>start</source>
        <translation>starten</translation>
    </message>
    <message>
        <source>the OCI runtime did not hand over the terminal: %1</source>
        <translation>Die OCI-Laufzeit hat das Terminal nicht übergeben: %1</translation>
    </message>
    <message>
        <source>cannot receive the terminal: %1</source>
        <translation>Das Terminal kann nicht empfangen werden: %1</translation>
    </message>
    <message>
        <source>the OCI runtime sent no terminal</source>
        <translation>Die OCI-Laufzeit hat kein Terminal gesendet</translation>
    </message>
    <message>
        <source>the container has already been given a command</source>
        <translation>Der Container hat bereits einen Befehl erhalten</translation>
    </message>
    <message>
        <source>command: too long (%1 bytes)</source>
        <translation>command: Zu lang (%1 Bytes)</translation>
    </message>
    <message>
        <source>cannot pass the command to the sandbox: %1</source>
        <translation>Der Befehl kann nicht an die Sandbox übergeben werden: %1</translation>
    </message>
    <message>
        <source>cannot mount the sandbox&apos;s writable layer (tmpfs): %1</source>
        <translation>Die beschreibbare Schicht der Sandbox (tmpfs) kann nicht eingehängt werden: %1</translation>
    </message>
</context>
<context>
    <name>sandbox::DetachedSandbox</name>
    <message>
        <source>--name: &quot;%1&quot; is not a valid name (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;; at most 64)</source>
        <translation>--name: &quot;%1&quot; ist kein gültiger Name (Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;; höchstens 64)</translation>
    </message>
    <message>
        <source>sandbox-monitor was not found (looked next to this program, in ../libexec/sandbox-studio and at $SANDBOX_STUDIO_MONITOR)</source>
        <translation>sandbox-monitor wurde nicht gefunden (gesucht neben diesem Programm, in ../libexec/sandbox-studio und unter $SANDBOX_STUDIO_MONITOR)</translation>
    </message>
    <message>
        <source>cannot make a pipe to the monitor</source>
        <translation>eine Pipe zum Monitor kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the monitor ended before the sandbox ran</source>
        <translation>der Monitor endete, bevor die Sandbox lief</translation>
    </message>
    <message>
        <source>no sandbox %1</source>
        <translation>keine Sandbox %1</translation>
    </message>
    <message>
        <source>the sandbox %1 has ended (its monitor does not answer: %2)</source>
        <translation>die Sandbox %1 ist beendet (ihr Monitor antwortet nicht: %2)</translation>
    </message>
    <message>
        <source>cannot reach the monitor of %1</source>
        <translation>der Monitor von %1 ist nicht erreichbar</translation>
    </message>
    <message>
        <source>the monitor of %1 did not answer</source>
        <translation>der Monitor von %1 hat nicht geantwortet</translation>
    </message>
    <message>
        <source>the monitor sent no file</source>
        <translation>der Monitor hat keine Datei geschickt</translation>
    </message>
</context>
<context>
    <name>sandbox::Engine</name>
    <message>
        <source>engine: sandbox-init was not found (looked next to this program, in ../libexec/sandbox-studio and at $SANDBOX_STUDIO_INIT)</source>
        <translation>engine: sandbox-init wurde nicht gefunden (gesucht neben diesem Programm, in ../libexec/sandbox-studio und unter $SANDBOX_STUDIO_INIT)</translation>
    </message>
    <message>
        <source>engine: cannot create the directory %1</source>
        <translation>engine: Das Verzeichnis %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>image: %1 is not built yet</source>
        <translation>image: %1 ist noch nicht gebaut</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot lock %1: %2</source>
        <translation>%1 kann nicht gesperrt werden: %2</translation>
    </message>
</context>
<context>
    <name>sandbox::ExecChannel</name>
    <message>
        <source>cannot make the exec channel: %1</source>
        <translation>der exec-Kanal kann nicht angelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>sandbox::ExecProcess</name>
    <message>
        <source>cannot pass the command to the sandbox&apos;s monitor</source>
        <translation>der Befehl kann nicht an den Monitor der Sandbox übergeben werden</translation>
    </message>
    <message>
        <source>the sandbox ended</source>
        <translation>die Sandbox ist beendet</translation>
    </message>
    <message>
        <source>cannot run the command: %1</source>
        <translation>der Befehl kann nicht ausgeführt werden: %1</translation>
    </message>
</context>
<context>
    <name>sandbox::GitClone</name>
    <message>
        <source>unknown error</source>
        <translation>Unbekannter Fehler</translation>
    </message>
    <message>
        <source>authentication failed for %1: check the user and token, or the keys loaded in ssh-agent</source>
        <translation>Authentifizierung für %1 fehlgeschlagen: Prüfen Sie Benutzer und Token oder die in ssh-agent geladenen Schlüssel</translation>
    </message>
    <message>
        <source>the TLS certificate of %1 is not trusted: %2</source>
        <translation>Dem TLS-Zertifikat von %1 wird nicht vertraut: %2</translation>
    </message>
    <message>
        <source>the host key of %1 is not trusted: add the server to ~/.ssh/known_hosts (connect once with ssh and check its fingerprint) and try again</source>
        <translation>Dem Host-Schlüssel von %1 wird nicht vertraut: Fügen Sie den Server zu ~/.ssh/known_hosts hinzu (einmal mit ssh verbinden und den Fingerabdruck prüfen) und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>branch &quot;%1&quot; not found in %2</source>
        <translation>Branch &quot;%1&quot; nicht gefunden in %2</translation>
    </message>
    <message>
        <source>repository not found at %1 (%2)</source>
        <translation>Repository nicht gefunden unter %1 (%2)</translation>
    </message>
    <message>
        <source>the server of %1 refused: %2</source>
        <translation>Der Server von %1 hat abgelehnt: %2</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>cannot clone %1: %2</source>
        <translation>%1 kann nicht geklont werden: %2</translation>
    </message>
    <message>
        <source>cloning cancelled</source>
        <translation>Klonen abgebrochen</translation>
    </message>
    <message>
        <source>a clone is already running</source>
        <translation>Es läuft bereits ein Klonvorgang</translation>
    </message>
    <message>
        <source>a local repository cannot be cloned shallow; cloning its full history</source>
        <translation>Ein lokales Repository kann nicht flach geklont werden; der gesamte Verlauf wird geklont</translation>
    </message>
    <message>
        <source>destination: cannot create %1</source>
        <translation>destination: %1 kann nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>sandbox::GitCloneRequest</name>
    <message>
        <source>URL: enter the address of the repository</source>
        <translation>URL: Geben Sie die Adresse des Repositorys ein</translation>
    </message>
    <message>
        <source>URL: &quot;%1&quot; is not a git URL (use https://, ssh://, git://, file:// or a path)</source>
        <translation>URL: &quot;%1&quot; ist keine Git-URL (verwenden Sie https://, ssh://, git://, file:// oder einen Pfad)</translation>
    </message>
    <message>
        <source>branch: &quot;%1&quot; is not a valid branch name</source>
        <translation>branch: &quot;%1&quot; ist kein gültiger Branch-Name</translation>
    </message>
    <message>
        <source>depth: %1 is negative; use 0 for the full history</source>
        <translation>depth: %1 ist negativ; verwenden Sie 0 für den gesamten Verlauf</translation>
    </message>
    <message>
        <source>destination: choose a folder to clone into</source>
        <translation>destination: Wählen Sie einen Ordner, in den geklont werden soll</translation>
    </message>
    <message>
        <source>destination: &quot;%1&quot; is not an absolute path</source>
        <translation>destination: &quot;%1&quot; ist kein absoluter Pfad</translation>
    </message>
    <message>
        <source>destination: %1 already exists and is not empty</source>
        <translation>destination: %1 existiert bereits und ist nicht leer</translation>
    </message>
    <message>
        <source>credentials: give both a user and a token, or neither</source>
        <translation>credentials: Geben Sie sowohl Benutzer als auch Token an oder keines von beiden</translation>
    </message>
</context>
<context>
    <name>sandbox::ImageBuild</name>
    <message>
        <source>Reading package lists</source>
        <translation>Paketlisten werden gelesen</translation>
    </message>
    <message>
        <source>Downloading packages</source>
        <translation>Pakete werden heruntergeladen</translation>
    </message>
    <message>
        <source>Extracting packages</source>
        <translation>Pakete werden entpackt</translation>
    </message>
    <message>
        <source>Installing essential packages</source>
        <translation>Essenzielle Pakete werden installiert</translation>
    </message>
    <message>
        <source>Installing python3</source>
        <translation>python3 wird installiert</translation>
    </message>
    <message>
        <source>Cleaning up</source>
        <translation>Wird aufgeräumt</translation>
    </message>
    <message>
        <source>it took longer than %1 minutes</source>
        <translation>Es dauerte länger als %1 Minuten</translation>
    </message>
    <message>
        <source>image store: cannot create %1</source>
        <translation>image store: %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>debian-slim %1 (mmdebstrap)</source>
        <translation>debian-slim %1 (mmdebstrap)</translation>
    </message>
    <message>
        <source>pull %1</source>
        <translation>pull %1</translation>
    </message>
    <message>
        <source>import tarball %1</source>
        <translation>Tarball %1 importieren</translation>
    </message>
    <message>
        <source>import directory %1</source>
        <translation>Verzeichnis %1 importieren</translation>
    </message>
    <message>
        <source>[step %1/%2] %3</source>
        <translation>[Schritt %1/%2] %3</translation>
    </message>
    <message>
        <source>image %1: a layer vanished while building (pruned meanwhile?); build again</source>
        <translation>image %1: Eine Schicht ist während des Bauens verschwunden (zwischenzeitlich bereinigt?); bauen Sie erneut</translation>
    </message>
    <message>
        <source>Image ready</source>
        <translation>Image bereit</translation>
    </message>
    <message>
        <source>waiting for another build of this layer</source>
        <translation>Warten auf einen anderen Bau dieser Schicht</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>zwischengespeichert</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>no OCI runtime is available to run build steps</source>
        <translation>Keine OCI-Laufzeit zum Ausführen der Bauschritte verfügbar</translation>
    </message>
    <message>
        <source>the parent layer is missing</source>
        <translation>Die übergeordnete Schicht fehlt</translation>
    </message>
    <message>
        <source>cannot mount the build file system (overlayfs): %1</source>
        <translation>Das Build-Dateisystem (overlayfs) kann nicht eingehängt werden: %1</translation>
    </message>
    <message>
        <source>cannot write the build container&apos;s config: %1</source>
        <translation>Die Konfiguration des Build-Containers kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>image %1: step %2/%3 (%4) failed: %5</source>
        <translation>image %1: Schritt %2/%3 (%4) fehlgeschlagen: %5</translation>
    </message>
    <message>
        <source>The image store at %1 is full (no space left on device); free space or run `sandbox-run images prune`.</source>
        <translation>Der Image-Speicher unter %1 ist voll (kein Platz mehr auf dem Gerät); geben Sie Speicherplatz frei oder führen Sie `sandbox-run images prune` aus.</translation>
    </message>
    <message>
        <source>Last output:</source>
        <translation>Letzte Ausgabe:</translation>
    </message>
    <message>
        <source>The registry %1 is unreachable.</source>
        <translation>Die Registry %1 ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The package index is unreachable (see --pip-index-url or PIP_INDEX_URL).</source>
        <translation>Der Paketindex ist nicht erreichbar (siehe --pip-index-url oder PIP_INDEX_URL).</translation>
    </message>
    <message>
        <source>The Debian mirror is unreachable.</source>
        <translation>Der Debian-Spiegelserver ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>%1 is not installed</source>
        <translation>%1 ist nicht installiert</translation>
    </message>
    <message>
        <source>%1 exited with code %2</source>
        <translation>%1 wurde mit Code %2 beendet</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>image %1: build cancelled</source>
        <translation>image %1: Bau abgebrochen</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>wird heruntergeladen</translation>
    </message>
    <message>
        <source>layer %1/%2</source>
        <translation>Schicht %1/%2</translation>
    </message>
    <message>
        <source>%1 layer %2</source>
        <translation>%1 Schicht %2</translation>
    </message>
    <message>
        <source>The Debian mirror %1 failed or is unreachable.</source>
        <translation>Der Debian-Spiegelserver %1 ist fehlgeschlagen oder nicht erreichbar.</translation>
    </message>
    <message>
        <source>%1 was killed by signal %2 (%3)</source>
        <translation>%1 wurde durch Signal %2 beendet (%3)</translation>
    </message>
    <message>
        <source>build %1 (buildah)</source>
        <translation>%1 bauen (buildah)</translation>
    </message>
    <message>
        <source>at %1: %2</source>
        <translation>bei %1: %2</translation>
    </message>
    <message>
        <source>downloading (mirrors from registries.conf: %1)</source>
        <translation>wird heruntergeladen (Spiegel aus registries.conf: %1)</translation>
    </message>
    <message>
        <source>image: cannot read the Dockerfile %1: %2</source>
        <translation>image: das Dockerfile %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>image: %1</source>
        <translation>image: %1</translation>
    </message>
    <message>
        <source>image: %1: FROM %2: %3</source>
        <translation>image: %1: FROM %2: %3</translation>
    </message>
    <message>
        <source>cannot prepare %1</source>
        <translation>%1 kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>buildah is not installed</source>
        <translation>buildah ist nicht installiert</translation>
    </message>
    <message>
        <source>buildah build</source>
        <translation>buildah build</translation>
    </message>
    <message>
        <source>buildah left no image id: %1</source>
        <translation>buildah hat keine Image-ID hinterlassen: %1</translation>
    </message>
    <message>
        <source>exporting the image</source>
        <translation>Image wird exportiert</translation>
    </message>
</context>
<context>
    <name>sandbox::ImageOptions</name>
    <message>
        <source>ref</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Debian suite of debian-slim: bookworm or trixie.</source>
        <translation>Debian-Suite von debian-slim: bookworm oder trixie.</translation>
    </message>
    <message>
        <source>suite</source>
        <translation>Suite</translation>
    </message>
    <message>
        <source>Image recipe as JSON, inline or in a file (a string or {&quot;base&quot;, &quot;steps&quot;}); later step flags add to it.</source>
        <translation>Image-Rezept als JSON, direkt oder in einer Datei (eine Zeichenkette oder {&quot;base&quot;, &quot;steps&quot;}); spätere Schritt-Optionen ergänzen es.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Step: apt-get install these packages (comma separated, repeatable).</source>
        <translation>Schritt: Diese Pakete mit apt-get installieren (kommagetrennt, wiederholbar).</translation>
    </message>
    <message>
        <source>packages</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>Step: pip install these packages into /opt/venv (comma separated, repeatable).</source>
        <translation>Schritt: Diese Pakete mit pip in /opt/venv installieren (kommagetrennt, wiederholbar).</translation>
    </message>
    <message>
        <source>pip index URL (default: $PIP_INDEX_URL, else PyPI).</source>
        <translation>pip-Index-URL (Standard: $PIP_INDEX_URL, sonst PyPI).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>An extra pip index URL.</source>
        <translation>Eine zusätzliche pip-Index-URL.</translation>
    </message>
    <message>
        <source>pip --find-links: a URL, or a directory inside the image.</source>
        <translation>pip --find-links: eine URL oder ein Verzeichnis im Image.</translation>
    </message>
    <message>
        <source>An extra pip install option, e.g. --pre (repeatable).</source>
        <translation>Eine zusätzliche pip-install-Option, z. B. --pre (wiederholbar).</translation>
    </message>
    <message>
        <source>option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Step: run this shell command while building (repeatable).</source>
        <translation>Schritt: Diesen Shell-Befehl beim Bauen ausführen (wiederholbar).</translation>
    </message>
    <message>
        <source>command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Step: set an environment variable in the image (repeatable).</source>
        <translation>Schritt: Eine Umgebungsvariable im Image setzen (wiederholbar).</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>KEY=VALUE</translation>
    </message>
    <message>
        <source>Step: the image&apos;s working directory.</source>
        <translation>Schritt: Das Arbeitsverzeichnis des Images.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Step: copy a host file into the image.</source>
        <translation>Schritt: Eine Datei des Hosts in das Image kopieren.</translation>
    </message>
    <message>
        <source>SRC:DST</source>
        <translation>SRC:DST</translation>
    </message>
    <message>
        <source>Step: copy a host directory into the image.</source>
        <translation>Schritt: Ein Verzeichnis des Hosts in das Image kopieren.</translation>
    </message>
    <message>
        <source>Glob left out of every --add-dir (repeatable), e.g. &apos;*.pyc&apos;.</source>
        <translation>Glob, der bei jedem --add-dir ausgelassen wird (wiederholbar), z. B. &apos;*.pyc&apos;.</translation>
    </message>
    <message>
        <source>pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>--recipe: give the base in the recipe, not with --image or --suite</source>
        <translation>--recipe: Geben Sie die Basis im Rezept an, nicht mit --image oder --suite</translation>
    </message>
    <message>
        <source>--recipe: cannot read %1: %2</source>
        <translation>--recipe: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>--recipe: %1 is not valid JSON: %2</source>
        <translation>--recipe: %1 ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>the recipe</source>
        <translation>das Rezept</translation>
    </message>
    <message>
        <source>--recipe: %1</source>
        <translation>--recipe: %1</translation>
    </message>
    <message>
        <source>--suite: only for the debian-slim base</source>
        <translation>--suite: Nur für die Basis debian-slim</translation>
    </message>
    <message>
        <source>--image-env: &quot;%1&quot; is not of the form KEY=VALUE</source>
        <translation>--image-env: &quot;%1&quot; hat nicht die Form KEY=VALUE</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not of the form SRC:/absolute/destination</source>
        <translation>--%1: &quot;%2&quot; hat nicht die Form SRC:/absolutes/ziel</translation>
    </message>
    <message>
        <source>Image base: debian-slim, debian-slim:trixie, a registry reference (localhost:5000/team/tool:1.2) or a short name resolved through registries.conf (%1), a rootfs tarball or a directory (default: debian-slim).</source>
        <translation>Image-Basis: debian-slim, debian-slim:trixie, eine Registry-Referenz (localhost:5000/team/tool:1.2) oder ein über registries.conf aufgelöster Kurzname (%1), ein Rootfs-Tarball oder ein Verzeichnis (Vorgabe: debian-slim).</translation>
    </message>
    <message>
        <source>Image base: build this Dockerfile with buildah (FROM names resolve as --image does).</source>
        <translation>Image-Basis: dieses Dockerfile mit buildah bauen (FROM-Namen werden wie bei --image aufgelöst).</translation>
    </message>
    <message>
        <source>Build context of --dockerfile (default: the Dockerfile&apos;s folder).</source>
        <translation>Build-Kontext für --dockerfile (Vorgabe: der Ordner des Dockerfiles).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>A build argument of --dockerfile (repeatable; KEY alone takes $KEY).</source>
        <translation>Ein Build-Argument für --dockerfile (wiederholbar; KEY allein übernimmt $KEY).</translation>
    </message>
    <message>
        <source>Step: pip install -r this requirements file (its content is part of the cache key).</source>
        <translation>Schritt: pip install -r mit dieser Requirements-Datei (ihr Inhalt ist Teil des Cache-Schlüssels).</translation>
    </message>
    <message>
        <source>Step: pip install the dependencies a pyproject.toml lists (not the project itself).</source>
        <translation>Schritt: die Abhängigkeiten einer pyproject.toml mit pip installieren (nicht das Projekt selbst).</translation>
    </message>
    <message>
        <source>Optional dependencies of --pip-pyproject to install too (comma separated).</source>
        <translation>Optionale Abhängigkeiten aus --pip-pyproject, die ebenfalls installiert werden (durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>Dependency groups (PEP 735) of --pip-pyproject to install too (comma separated).</source>
        <translation>Abhängigkeitsgruppen (PEP 735) aus --pip-pyproject, die ebenfalls installiert werden (durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>--context and --build-arg go with --dockerfile</source>
        <translation>--context und --build-arg gehören zu --dockerfile</translation>
    </message>
    <message>
        <source>--dockerfile: give either a Dockerfile or --image/--suite/--recipe, not both</source>
        <translation>--dockerfile: geben Sie entweder ein Dockerfile oder --image/--suite/--recipe an, nicht beides</translation>
    </message>
    <message>
        <source>--%1: %2 is not a file</source>
        <translation>--%1: %2 ist keine Datei</translation>
    </message>
    <message>
        <source>--pip-pyproject: %1</source>
        <translation>--pip-pyproject: %1</translation>
    </message>
    <message>
        <source>--pip-extras and --pip-groups go with --pip-pyproject</source>
        <translation>--pip-extras und --pip-groups gehören zu --pip-pyproject</translation>
    </message>
</context>
<context>
    <name>sandbox::ImageRecipe</name>
    <message>
        <source>the digest &quot;%1&quot; is not sha256:&lt;64 hex digits&gt;</source>
        <translation>Der Digest &quot;%1&quot; ist nicht sha256:&lt;64 Hexziffern&gt;</translation>
    </message>
    <message>
        <source>it names no registry host (e.g. localhost:5000/team/tool:1.2)</source>
        <translation>Sie nennt keinen Registry-Host (z. B. localhost:5000/team/tool:1.2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a registry host (it needs a dot, a port, or to be localhost)</source>
        <translation>&quot;%1&quot; ist kein Registry-Host (er benötigt einen Punkt, einen Port oder muss localhost sein)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid registry host</source>
        <translation>&quot;%1&quot; ist kein gültiger Registry-Host</translation>
    </message>
    <message>
        <source>port %1 is out of range</source>
        <translation>Port %1 liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>the tag &quot;%1&quot; is not valid</source>
        <translation>Der Tag &quot;%1&quot; ist ungültig</translation>
    </message>
    <message>
        <source>the path component &quot;%1&quot; is not valid (lower case letters, digits, . _ -)</source>
        <translation>Die Pfadkomponente &quot;%1&quot; ist ungültig (Kleinbuchstaben, Ziffern, . _ -)</translation>
    </message>
    <message>
        <source>it is too long</source>
        <translation>Sie ist zu lang</translation>
    </message>
    <message>
        <source>image: no image given</source>
        <translation>image: Kein Image angegeben</translation>
    </message>
    <message>
        <source>image: debian-slim: &quot;%1&quot; is not a supported Debian suite (choose %2)</source>
        <translation>image: debian-slim: &quot;%1&quot; ist keine unterstützte Debian-Suite (wählen Sie %2)</translation>
    </message>
    <message>
        <source>image: &quot;%1&quot; is not a clean absolute path</source>
        <translation>image: &quot;%1&quot; ist kein sauberer absoluter Pfad</translation>
    </message>
    <message>
        <source>image: &quot;%1&quot; is not a known image, a path, or a valid registry reference: %2</source>
        <translation>image: &quot;%1&quot; ist weder ein bekanntes Image noch ein Pfad oder eine gültige Registry-Referenz: %2</translation>
    </message>
    <message>
        <source>image: the base &quot;%1&quot; does not match its kind</source>
        <translation>image: Die Basis &quot;%1&quot; passt nicht zu ihrer Art</translation>
    </message>
    <message>
        <source>%1 (step %2)</source>
        <translation>%1 (Schritt %2)</translation>
    </message>
    <message>
        <source>image: unknown key &quot;%1&quot;</source>
        <translation>image: Unbekannter Schlüssel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>image: base must be a string</source>
        <translation>image: base muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>image: suite is a string, and only for debian-slim</source>
        <translation>image: suite ist eine Zeichenkette und nur für debian-slim</translation>
    </message>
    <message>
        <source>image: steps must be an array</source>
        <translation>image: steps muss ein Array sein</translation>
    </message>
    <message>
        <source>image: step %1 must be an object</source>
        <translation>image: Schritt %1 muss ein Objekt sein</translation>
    </message>
    <message>
        <source>image: must be a string or an object with base and steps</source>
        <translation>image: Muss eine Zeichenkette oder ein Objekt mit base und steps sein</translation>
    </message>
    <message>
        <source>image: &quot;%1&quot; is not a known image, a path, or a short name: %2</source>
        <translation>image: &quot;%1&quot; ist weder ein bekanntes Image noch ein Pfad oder ein Kurzname: %2</translation>
    </message>
</context>
<context>
    <name>sandbox::ImageStep</name>
    <message>
        <source>image: %1: no packages given</source>
        <translation>image: %1: Keine Pakete angegeben</translation>
    </message>
    <message>
        <source>image: %1: &quot;%2&quot; is not a valid Debian package name</source>
        <translation>image: %1: &quot;%2&quot; ist kein gültiger Debian-Paketname</translation>
    </message>
    <message>
        <source>image: %1: &quot;%2&quot; is not a valid requirement</source>
        <translation>image: %1: &quot;%2&quot; ist keine gültige Anforderung</translation>
    </message>
    <message>
        <source>image: %1: &quot;%2&quot; is not an http(s) URL or an absolute path</source>
        <translation>image: %1: &quot;%2&quot; ist weder eine http(s)-URL noch ein absoluter Pfad</translation>
    </message>
    <message>
        <source>image: %1: extra option &quot;%2&quot; does not start with -</source>
        <translation>image: %1: Die zusätzliche Option &quot;%2&quot; beginnt nicht mit -</translation>
    </message>
    <message>
        <source>image: %1: no commands given</source>
        <translation>image: %1: Keine Befehle angegeben</translation>
    </message>
    <message>
        <source>image: %1: a command is empty or contains a NUL character</source>
        <translation>image: %1: Ein Befehl ist leer oder enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>image: %1: no variables given</source>
        <translation>image: %1: Keine Variablen angegeben</translation>
    </message>
    <message>
        <source>image: %1: &quot;%2&quot; is not a valid variable name</source>
        <translation>image: %1: &quot;%2&quot; ist kein gültiger Variablenname</translation>
    </message>
    <message>
        <source>image: %1: the value of %2 contains a NUL character</source>
        <translation>image: %1: Der Wert von %2 enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>image: %1: &quot;%2&quot; is not an absolute path</source>
        <translation>image: %1: &quot;%2&quot; ist kein absoluter Pfad</translation>
    </message>
    <message>
        <source>image: %1: source &quot;%2&quot; is not an absolute path</source>
        <translation>image: %1: Die Quelle &quot;%2&quot; ist kein absoluter Pfad</translation>
    </message>
    <message>
        <source>image: %1: destination &quot;%2&quot; is not an absolute path below /</source>
        <translation>image: %1: Das Ziel &quot;%2&quot; ist kein absoluter Pfad unterhalb von /</translation>
    </message>
    <message>
        <source>image: %1: an ignore pattern is empty</source>
        <translation>image: %1: Ein Ausschlussmuster ist leer</translation>
    </message>
    <message>
        <source>image: unknown step</source>
        <translation>image: Unbekannter Schritt</translation>
    </message>
    <message>
        <source>image: %1: unknown key &quot;%2&quot;</source>
        <translation>image: %1: Unbekannter Schlüssel &quot;%2&quot;</translation>
    </message>
    <message>
        <source>image: %1: must be an array of strings</source>
        <translation>image: %1: Muss ein Array von Zeichenketten sein</translation>
    </message>
    <message>
        <source>image: %1: index_url, extra_index_url and find_links must be strings</source>
        <translation>image: %1: index_url, extra_index_url und find_links müssen Zeichenketten sein</translation>
    </message>
    <message>
        <source>image: %1: extra_options must be an array of strings</source>
        <translation>image: %1: extra_options muss ein Array von Zeichenketten sein</translation>
    </message>
    <message>
        <source>image: env: must be an object of strings</source>
        <translation>image: env: Muss ein Objekt aus Zeichenketten sein</translation>
    </message>
    <message>
        <source>image: env: the value of %1 must be a string</source>
        <translation>image: env: Der Wert von %1 muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>image: workdir: must be a string</source>
        <translation>image: workdir: Muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>image: %1: source and destination must be strings</source>
        <translation>image: %1: source und destination müssen Zeichenketten sein</translation>
    </message>
    <message>
        <source>image: %1: ignore must be an array of strings</source>
        <translation>image: %1: ignore muss ein Array von Zeichenketten sein</translation>
    </message>
    <message>
        <source>image: a step must have exactly one of apt_install, pip_install, run_commands, env, workdir, add_local_file, add_local_dir, pip_install_from_requirements, pip_install_from_pyproject</source>
        <translation>image: ein Schritt muss genau eines von apt_install, pip_install, run_commands, env, workdir, add_local_file, add_local_dir, pip_install_from_requirements, pip_install_from_pyproject haben</translation>
    </message>
</context>
<context>
    <name>sandbox::ImageStore</name>
    <message>
        <source>image: %1 is damaged (%2); building it again (sandbox-run images build) repairs it</source>
        <translation>image: %1 ist beschädigt (%2); erneutes Bauen (sandbox-run images build) repariert es</translation>
    </message>
    <message>
        <source>image: cannot read the Dockerfile %1: %2</source>
        <translation>image: das Dockerfile %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>sandbox::LayerStore</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot move the layer into place at %1</source>
        <translation>Die Schicht kann nicht nach %1 verschoben werden</translation>
    </message>
    <message>
        <source>images: no image matches &quot;%1&quot;</source>
        <translation>images: Kein Image passt zu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>images: &quot;%1&quot; matches %2 images; give more of the id</source>
        <translation>images: &quot;%1&quot; passt zu %2 Images; geben Sie mehr von der ID an</translation>
    </message>
    <message>
        <source>images: cannot remove %1</source>
        <translation>images: %1 kann nicht entfernt werden</translation>
    </message>
</context>
<context>
    <name>sandbox::LocalBackend</name>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
</context>
<context>
    <name>sandbox::LocalRun</name>
    <message>
        <source>preparing image %1 (first use, about a minute)</source>
        <translation>Image %1 wird vorbereitet (erste Verwendung, etwa eine Minute)</translation>
    </message>
</context>
<context>
    <name>sandbox::LocalVolumeStore</name>
    <message>
        <source>volumes: %1 is not a directory</source>
        <translation>volumes: %1 ist kein Verzeichnis</translation>
    </message>
</context>
<context>
    <name>sandbox::Monitor</name>
    <message>
        <source>long-lived sandboxes need a runtime that runs sandbox-init (runc or crun), not %1</source>
        <translation>langlebige Sandboxen brauchen eine Laufzeitumgebung, die sandbox-init ausführt (runc oder crun), nicht %1</translation>
    </message>
    <message>
        <source>the name %1 is taken by the sandbox %2</source>
        <translation>der Name %1 gehört bereits der Sandbox %2</translation>
    </message>
    <message>
        <source>cannot make the log pipe</source>
        <translation>die Protokoll-Pipe kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the sandbox did not start</source>
        <translation>die Sandbox ist nicht gestartet</translation>
    </message>
    <message>
        <source>the sandbox ended</source>
        <translation>die Sandbox ist beendet</translation>
    </message>
    <message>
        <source>unknown request %1</source>
        <translation>unbekannte Anfrage %1</translation>
    </message>
    <message>
        <source>the sandbox %1 has ended</source>
        <translation>die Sandbox %1 ist beendet</translation>
    </message>
    <message>
        <source>one exec per connection</source>
        <translation>ein exec pro Verbindung</translation>
    </message>
    <message>
        <source>malformed exec request (a command, an absolute workdir and three descriptors or a terminal are needed)</source>
        <translation>fehlerhafte exec-Anfrage (nötig sind ein Befehl, ein absolutes Arbeitsverzeichnis und drei Deskriptoren oder ein Terminal)</translation>
    </message>
    <message>
        <source>cannot pass the command to the sandbox (too large?)</source>
        <translation>der Befehl kann nicht an die Sandbox übergeben werden (zu groß?)</translation>
    </message>
    <message>
        <source>the sandbox&apos;s files are not available</source>
        <translation>die Dateien der Sandbox sind nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>sandbox::OciRuntime</name>
    <message>
        <source>runtime: &quot;%1&quot; is not supported (choose runc, crun or runsc)</source>
        <translation>runtime: &quot;%1&quot; wird nicht unterstützt (wählen Sie runc, crun oder runsc)</translation>
    </message>
    <message>
        <source>runtime: crun does not support this host&apos;s hybrid cgroup hierarchy; use runc</source>
        <translation>runtime: crun unterstützt die hybride cgroup-Hierarchie dieses Hosts nicht; verwenden Sie runc</translation>
    </message>
    <message>
        <source>runtime: no working OCI runtime found (looked for %1 on PATH); install runc</source>
        <translation>runtime: Keine funktionierende OCI-Laufzeit gefunden (gesucht nach %1 im PATH); installieren Sie runc</translation>
    </message>
    <message>
        <source>runtime: %1 does not work (&quot;--version&quot; failed or hung); reinstall it or choose another runtime</source>
        <translation>runtime: %1 funktioniert nicht (&quot;--version&quot; ist fehlgeschlagen oder hängt); installieren Sie sie neu oder wählen Sie eine andere Laufzeit</translation>
    </message>
</context>
<context>
    <name>sandbox::OutputStream</name>
    <message>
        <source>cannot spill output to disk (%1); keeping it in memory</source>
        <translation>Ausgabe kann nicht auf die Festplatte ausgelagert werden (%1); sie bleibt im Speicher</translation>
    </message>
    <message>
        <source>cannot write output to disk (%1); keeping the rest in memory</source>
        <translation>Ausgabe kann nicht auf die Festplatte geschrieben werden (%1); der Rest bleibt im Speicher</translation>
    </message>
</context>
<context>
    <name>sandbox::PastaNetwork</name>
    <message>
        <source>network: pasta is not installed (Debian package passt); install it or block the network</source>
        <translation>network: pasta ist nicht installiert (Debian-Paket passt); installieren Sie es oder sperren Sie das Netzwerk</translation>
    </message>
    <message>
        <source>network: cannot create a network namespace: %1</source>
        <translation>network: Es kann kein Netzwerk-Namensraum erstellt werden: %1</translation>
    </message>
    <message>
        <source>network: pasta failed to start: %1</source>
        <translation>network: pasta konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>network: cannot write %1</source>
        <translation>network: %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>network: pasta failed to start (exit status %1)</source>
        <translation>network: pasta konnte nicht starten (Exit-Status %1)</translation>
    </message>
</context>
<context>
    <name>sandbox::RegistriesConf</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: a [[registry]] has neither prefix nor location</source>
        <translation>%1: ein [[registry]] hat weder prefix noch location</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid image name: %2</source>
        <translation>&quot;%1&quot; ist kein gültiger Image-Name: %2</translation>
    </message>
    <message>
        <source>alias in %1</source>
        <translation>Alias in %1</translation>
    </message>
    <message>
        <source>Docker Hub: no unqualified-search-registries in registries.conf</source>
        <translation>Docker Hub: keine unqualified-search-registries in registries.conf</translation>
    </message>
    <message>
        <source>the only unqualified-search registry, in %1</source>
        <translation>die einzige unqualified-search-Registry, in %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ambiguous: %2 lists several unqualified-search registries and no alias for it; give one of %3</source>
        <translation>&quot;%1&quot; ist mehrdeutig: %2 nennt mehrere unqualified-search-Registries und keinen Alias dafür; geben Sie einen von %3 an</translation>
    </message>
    <message>
        <source>&quot;%1&quot; resolved to &quot;%2&quot; (%3), which is not valid: %4</source>
        <translation>&quot;%1&quot; wurde zu &quot;%2&quot; aufgelöst (%3), was nicht gültig ist: %4</translation>
    </message>
    <message>
        <source>→ %1 (%2)</source>
        <translation>→ %1 (%2)</translation>
    </message>
</context>
<context>
    <name>sandbox::ResolvedImage</name>
    <message>
        <source>image: its %1 layers are more than one overlay mount can stack; merge steps (fewer run_commands, add_local_* or apt_install steps)</source>
        <translation>image: Seine %1 Schichten sind mehr, als ein Overlay-Mount stapeln kann; fassen Sie Schritte zusammen (weniger run_commands-, add_local_*- oder apt_install-Schritte)</translation>
    </message>
</context>
<context>
    <name>sandbox::Run</name>
    <message>
        <source>created</source>
        <translation>erstellt</translation>
    </message>
    <message>
        <source>preparing</source>
        <translation>wird vorbereitet</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>beendet</translation>
    </message>
</context>
<context>
    <name>sandbox::RunCommandLine</name>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Working directory inside the sandbox (default: /).</source>
        <translation>Arbeitsverzeichnis in der Sandbox (Standard: /).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Set an environment variable (repeatable).</source>
        <translation>Eine Umgebungsvariable setzen (wiederholbar).</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>KEY=VALUE</translation>
    </message>
    <message>
        <source>Kill the sandbox after this many seconds (default: %1).</source>
        <translation>Die Sandbox nach so vielen Sekunden beenden (Standard: %1).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>OCI runtime: runc, crun or runsc (default: detected).</source>
        <translation>OCI-Laufzeit: runc, crun oder runsc (Standard: erkannt).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Read the sandbox spec as JSON from a file (other options add to it), or from the first line of stdin (-).</source>
        <translation>Die Sandbox-Spezifikation als JSON aus einer Datei (andere Optionen ergänzen sie) oder aus der ersten Zeile von stdin (-) lesen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Print machine-readable status lines on stderr.</source>
        <translation>Maschinenlesbare Statuszeilen auf stderr ausgeben.</translation>
    </message>
    <message>
        <source>Run on a configured cluster (see `clusters list`).</source>
        <translation>Auf einem konfigurierten Cluster ausführen (siehe `clusters list`).</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Mount a host file or directory read-only (repeatable).</source>
        <translation>Eine Datei oder ein Verzeichnis des Hosts schreibgeschützt einhängen (wiederholbar).</translation>
    </message>
    <message>
        <source>SRC:DST</source>
        <translation>SRC:DST</translation>
    </message>
    <message>
        <source>Mount a named volume read-write (repeatable).</source>
        <translation>Ein benanntes Volume beschreibbar einhängen (wiederholbar).</translation>
    </message>
    <message>
        <source>NAME:PATH</source>
        <translation>NAME:PATH</translation>
    </message>
    <message>
        <source>Inject a stored secret as environment variables (repeatable).</source>
        <translation>Ein gespeichertes Geheimnis als Umgebungsvariablen einfügen (wiederholbar).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>GPUs: any, a count, or device ids (CDI).</source>
        <translation>GPUs: any, eine Anzahl oder Geräte-IDs (CDI).</translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation>SPEC</translation>
    </message>
    <message>
        <source>CPU limit in cores (fractions allowed).</source>
        <translation>CPU-Grenze in Kernen (Bruchteile erlaubt).</translation>
    </message>
    <message>
        <source>cores</source>
        <translation>Kerne</translation>
    </message>
    <message>
        <source>Memory limit in MiB.</source>
        <translation>Speichergrenze in MiB.</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>No network but loopback inside the sandbox.</source>
        <translation>Kein Netzwerk außer Loopback in der Sandbox.</translation>
    </message>
    <message>
        <source>Give the command a terminal (for interactive shells); needs one on stdin and stdout.</source>
        <translation>Dem Befehl ein Terminal geben (für interaktive Shells); benötigt eines an stdin und stdout.</translation>
    </message>
    <message>
        <source>The command and its arguments.</source>
        <translation>Der Befehl und seine Argumente.</translation>
    </message>
    <message>
        <source>images: usage: sandbox-run images list | build [image options] | rm ID... | prune</source>
        <translation>images: Verwendung: sandbox-run images list | build [Image-Optionen] | rm ID... | prune</translation>
    </message>
    <message>
        <source>--spec -: cannot be combined with a command or image options</source>
        <translation>--spec -: Kann nicht mit einem Befehl oder Image-Optionen kombiniert werden</translation>
    </message>
    <message>
        <source>--spec: cannot read %1: %2</source>
        <translation>--spec: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>--spec: %1 is not a JSON object: %2</source>
        <translation>--spec: %1 ist kein JSON-Objekt: %2</translation>
    </message>
    <message>
        <source>--spec: %1</source>
        <translation>--spec: %1</translation>
    </message>
    <message>
        <source>no command given; usage: sandbox-run [options] -- COMMAND [ARG...]</source>
        <translation>Kein Befehl angegeben; Verwendung: sandbox-run [Optionen] -- COMMAND [ARG...]</translation>
    </message>
    <message>
        <source>--env: &quot;%1&quot; is not of the form KEY=VALUE</source>
        <translation>--env: &quot;%1&quot; hat nicht die Form KEY=VALUE</translation>
    </message>
    <message>
        <source>--timeout: &quot;%1&quot; is not a whole number of seconds</source>
        <translation>--timeout: &quot;%1&quot; ist keine ganze Zahl von Sekunden</translation>
    </message>
    <message>
        <source>Runs a command in a fresh, disposable Linux sandbox and streams its output.
Usage: sandbox-run [options] -- COMMAND [ARG...]
       sandbox-run images list | build [image options] | rm ID... | prune
       sandbox-run volumes ... | secrets ... | clusters list|add|rm ...   (see the README)
       sandbox-run create | exec | ls | logs | attach | stop | kill | cp | snapshot ...   (long-lived sandboxes, see the README)</source>
        <translation>Führt einen Befehl in einer frischen, wegwerfbaren Linux-Sandbox aus und streamt seine Ausgabe.
Verwendung: sandbox-run [Optionen] -- COMMAND [ARG...]
       sandbox-run images list | build [Image-Optionen] | rm ID... | prune
       sandbox-run volumes ... | secrets ... | clusters list|add|rm ...   (siehe README)
       sandbox-run create | exec | ls | logs | attach | stop | kill | cp | snapshot ...   (langlebige Sandboxen, siehe README)</translation>
    </message>
    <message>
        <source>How much the sandbox may write (writable layer, and /tmp), in MiB.</source>
        <translation>Wie viel die Sandbox schreiben darf (beschreibbare Schicht und /tmp), in MiB.</translation>
    </message>
    <message>
        <source>Keep the sandbox&apos;s files after exit under its id (printed on stderr), for `sandbox-run diff ID` and `sandbox-run apply ID`, until `sandbox-run rm ID`.</source>
        <translation>Die Dateien der Sandbox nach dem Ende unter ihrer ID aufbewahren (auf stderr ausgegeben), für `sandbox-run diff ID` und `sandbox-run apply ID`, bis `sandbox-run rm ID`.</translation>
    </message>
</context>
<context>
    <name>sandbox::RunHistory</name>
    <message>
        <source>history: cannot create %1</source>
        <translation>history: %1 kann nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>sandbox::RunRecord</name>
    <message>
        <source>history: the record has no valid id or start time</source>
        <translation>history: Der Eintrag hat keine gültige ID oder Startzeit</translation>
    </message>
</context>
<context>
    <name>sandbox::Sandbox</name>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>Kein Speicher mehr</translation>
    </message>
    <message>
        <source>terminated</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>failed to start</source>
        <translation>Start fehlgeschlagen</translation>
    </message>
    <message>
        <source>secrets: the %1 runtime would need them written to disk; use runc or crun</source>
        <translation>secrets: Die Laufzeit %1 müsste sie auf die Festplatte schreiben; verwenden Sie runc oder crun</translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation>%1 kann nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>the sandbox&apos;s files are not available (not started, or discarded)</source>
        <translation>Die Dateien der Sandbox sind nicht verfügbar (nicht gestartet oder verworfen)</translation>
    </message>
    <message>
        <source>the sandbox&apos;s file system was full (%1 MiB): writes failed with &quot;No space left on device&quot;; --disk sets the size</source>
        <translation>das Dateisystem der Sandbox war voll (%1 MiB): Schreibzugriffe scheiterten mit „No space left on device“; --disk legt die Größe fest</translation>
    </message>
</context>
<context>
    <name>sandbox::SandboxSpec</name>
    <message>
        <source>command: no program given</source>
        <translation>command: Kein Programm angegeben</translation>
    </message>
    <message>
        <source>command: an argument contains a NUL character</source>
        <translation>command: Ein Argument enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>workdir: &quot;%1&quot; is not an absolute path</source>
        <translation>workdir: &quot;%1&quot; ist kein absoluter Pfad</translation>
    </message>
    <message>
        <source>workdir: contains a NUL character</source>
        <translation>workdir: Enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>env: &quot;%1&quot; is not a valid variable name</source>
        <translation>env: &quot;%1&quot; ist kein gültiger Variablenname</translation>
    </message>
    <message>
        <source>env: the value of %1 contains a NUL character</source>
        <translation>env: Der Wert von %1 enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>timeout: %1 s is not a positive number of seconds</source>
        <translation>timeout: %1 s ist keine positive Anzahl von Sekunden</translation>
    </message>
    <message>
        <source>timeout: %1 s is more than the maximum of %2 s</source>
        <translation>timeout: %1 s überschreitet das Maximum von %2 s</translation>
    </message>
    <message>
        <source>spec: unknown key &quot;%1&quot;</source>
        <translation>spec: Unbekannter Schlüssel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>command: must be an array of strings</source>
        <translation>command: Muss ein Array von Zeichenketten sein</translation>
    </message>
    <message>
        <source>workdir: must be a string</source>
        <translation>workdir: Muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>env: must be an object of strings</source>
        <translation>env: Muss ein Objekt aus Zeichenketten sein</translation>
    </message>
    <message>
        <source>env: the value of %1 must be a string</source>
        <translation>env: Der Wert von %1 muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>timeout: must be a whole number of seconds</source>
        <translation>timeout: Muss eine ganze Zahl von Sekunden sein</translation>
    </message>
    <message>
        <source>timeout: %1 s is out of range (1 to %2)</source>
        <translation>timeout: %1 s liegt außerhalb des Bereichs (1 bis %2)</translation>
    </message>
</context>
<context>
    <name>sandbox::SecretStore</name>
    <message>
        <source>secrets: cannot read the keyring: %1</source>
        <translation>secrets: Der Schlüsselbund kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>secrets: &quot;%1&quot; is not a valid secret name</source>
        <translation>secrets: &quot;%1&quot; ist kein gültiger Geheimnisname</translation>
    </message>
    <message>
        <source>secrets: %1 needs at least one KEY=value</source>
        <translation>secrets: %1 benötigt mindestens ein KEY=value</translation>
    </message>
    <message>
        <source>secrets: %1: &quot;%2&quot; is not a valid variable name</source>
        <translation>secrets: %1: &quot;%2&quot; ist kein gültiger Variablenname</translation>
    </message>
    <message>
        <source>secrets: %1: the value of %2 contains a NUL character</source>
        <translation>secrets: %1: Der Wert von %2 enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>secrets: cannot store %1 in the keyring: %2</source>
        <translation>secrets: %1 kann nicht im Schlüsselbund gespeichert werden: %2</translation>
    </message>
    <message>
        <source>secrets: cannot update the keyring&apos;s index: %1</source>
        <translation>secrets: Der Index des Schlüsselbunds kann nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>secrets: no secret named %1</source>
        <translation>secrets: Kein Geheimnis namens %1</translation>
    </message>
    <message>
        <source>secrets: cannot remove %1 from the keyring: %2</source>
        <translation>secrets: %1 kann nicht aus dem Schlüsselbund entfernt werden: %2</translation>
    </message>
    <message>
        <source>secrets: cannot read %1 from the keyring: %2</source>
        <translation>secrets: %1 kann nicht aus dem Schlüsselbund gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>sandbox::ShellWords</name>
    <message>
        <source>command: unterminated %1 quote</source>
        <translation>command: Nicht abgeschlossenes %1-Anführungszeichen</translation>
    </message>
</context>
<context>
    <name>sandbox::SlurmBackend</name>
    <message>
        <source>cluster %1: %2</source>
        <translation>Cluster %1: %2</translation>
    </message>
    <message>
        <source>volumes: cluster %1 has no volumes dir, so its nodes cannot share volume %2; set one with: sandbox-run clusters add %1 --volumes-dir PATH (a directory every node mounts)</source>
        <translation>volumes: Cluster %1 hat kein Volume-Verzeichnis, daher können seine Knoten das Volume %2 nicht teilen; legen Sie eines fest mit: sandbox-run clusters add %1 --volumes-dir PATH (ein Verzeichnis, das jeder Knoten einhängt)</translation>
    </message>
    <message>
        <source>volumes: cluster %1 has no volume named %2 (create it with: sandbox-run volumes --on %1 create %2)</source>
        <translation>volumes: Cluster %1 hat kein Volume namens %2 (anlegen mit: sandbox-run volumes --on %1 create %2)</translation>
    </message>
</context>
<context>
    <name>sandbox::SlurmRun</name>
    <message>
        <source>the job did not end after scancel; stopping srun</source>
        <translation>Der Job endete nach scancel nicht; srun wird gestoppt</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>scancel failed (%1): %2</source>
        <translation>scancel fehlgeschlagen (%1): %2</translation>
    </message>
</context>
<context>
    <name>sandbox::SshVolumeStore</name>
    <message>
        <source>cluster %1: cannot start %2: %3</source>
        <translation>Cluster %1: %2 kann nicht gestartet werden: %3</translation>
    </message>
    <message>
        <source>cluster %1: no answer from %2 in %3 s</source>
        <translation>Cluster %1: Keine Antwort von %2 innerhalb von %3 s</translation>
    </message>
    <message>
        <source>cluster %1: cannot reach %2 over ssh: %3</source>
        <translation>Cluster %1: %2 ist über ssh nicht erreichbar: %3</translation>
    </message>
    <message>
        <source>cluster %1: sandbox-run volumes failed with exit code %2</source>
        <translation>Cluster %1: sandbox-run volumes ist mit Exit-Code %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>cluster %1: sandbox-run on %2 gave an unreadable listing (is it this version?)</source>
        <translation>Cluster %1: sandbox-run auf %2 lieferte eine unlesbare Auflistung (ist es dieselbe Version?)</translation>
    </message>
</context>
<context>
    <name>sandbox::StorageInventory</name>
    <message>
        <source>all runs</source>
        <translation>alle Läufe</translation>
    </message>
    <message>
        <source>%1 may be in use: a sandbox is running or its files are kept for viewing (%2); stop it, or close its tab, first</source>
        <translation>%1 wird möglicherweise verwendet: Eine Sandbox läuft oder ihre Dateien werden zur Ansicht aufbewahrt (%2); stoppen Sie sie oder schließen Sie zuerst ihren Tab</translation>
    </message>
    <message>
        <source>%1 is running; stop it first</source>
        <translation>%1 läuft; stoppen Sie sie zuerst</translation>
    </message>
    <message>
        <source>cannot remove %1 (%2)</source>
        <translation>%1 kann nicht entfernt werden (%2)</translation>
    </message>
    <message>
        <source>cannot remove %1: no keyring service configured</source>
        <translation>%1 kann nicht entfernt werden: Kein Schlüsselbunddienst eingerichtet</translation>
    </message>
</context>
<context>
    <name>sandbox::StorageItem</name>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Run history</source>
        <translation>Ausführungsverlauf</translation>
    </message>
    <message>
        <source>Cloned repository (cache)</source>
        <translation>Geklontes Repository (Cache)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Secret (keyring)</source>
        <translation>Geheimnis (Schlüsselbund)</translation>
    </message>
</context>
<context>
    <name>sandbox::StudioCommandLine</name>
    <message>
        <source>Runs code you don&apos;t fully trust in fresh, disposable Linux sandboxes.</source>
        <translation>Führt Code, dem Sie nicht ganz vertrauen, in frischen, wegwerfbaren Linux-Sandboxen aus.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Fill the form from a saved spec (File &gt; Export Spec) and launch it.</source>
        <translation>Das Formular aus einer gespeicherten Spezifikation (Datei &gt; Spezifikation exportieren) füllen und sie starten.</translation>
    </message>
    <message>
        <source>spec.json</source>
        <translation>spec.json</translation>
    </message>
    <message>
        <source>A repository URL (https, http, git, ssh, user@host:path, or a local repository) to clone, or a source file to open in the editor.</source>
        <translation>Eine Repository-URL (https, http, git, ssh, user@host:path oder ein lokales Repository) zum Klonen oder eine Quelldatei zum Öffnen im Editor.</translation>
    </message>
    <message>
        <source>--run: give one spec file</source>
        <translation>--run: Geben Sie genau eine Spezifikationsdatei an</translation>
    </message>
    <message>
        <source>--run: the spec file name is empty</source>
        <translation>--run: Der Name der Spezifikationsdatei ist leer</translation>
    </message>
</context>
<context>
    <name>sandbox::Toml</name>
    <message>
        <source>%1:%2: not valid TOML: %3</source>
        <translation>%1:%2: kein gültiges TOML: %3</translation>
    </message>
</context>
<context>
    <name>sandbox::Volumes</name>
    <message>
        <source>volume: &quot;%1&quot; is not a valid name (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;; at most 64)</source>
        <translation>volume: &quot;%1&quot; ist kein gültiger Name (Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;; höchstens 64)</translation>
    </message>
    <message>
        <source>volume: names starting with &quot;%1&quot; are kept for ephemeral volumes</source>
        <translation>volume: Namen, die mit &quot;%1&quot; beginnen, sind für flüchtige Volumes reserviert</translation>
    </message>
    <message>
        <source>volume: cannot create %1</source>
        <translation>volume: %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>volume: %1 exists already</source>
        <translation>volume: %1 existiert bereits</translation>
    </message>
    <message>
        <source>volume: cannot create %1: %2</source>
        <translation>volume: %1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>volume: no volume named %1</source>
        <translation>volume: Kein Volume namens %1</translation>
    </message>
    <message>
        <source>volume: cannot remove all of %1</source>
        <translation>volume: %1 kann nicht vollständig entfernt werden</translation>
    </message>
    <message>
        <source>volume: cannot lock %1: %2</source>
        <translation>volume: %1 kann nicht gesperrt werden: %2</translation>
    </message>
    <message>
        <source>volume %1: cannot list %2: %3</source>
        <translation>volume %1: %2 kann nicht aufgelistet werden: %3</translation>
    </message>
    <message>
        <source>volume %1: cannot read %2: %3</source>
        <translation>volume %1: %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>volume %1: &quot;%2&quot; is not a file path</source>
        <translation>volume %1: &quot;%2&quot; ist kein Dateipfad</translation>
    </message>
    <message>
        <source>volume %1: cannot create the folder %2: %3</source>
        <translation>volume %1: Der Ordner %2 kann nicht erstellt werden: %3</translation>
    </message>
    <message>
        <source>volume %1: cannot write %2: %3</source>
        <translation>volume %1: %2 kann nicht geschrieben werden: %3</translation>
    </message>
    <message>
        <source>volume %1: cannot remove %2: %3</source>
        <translation>volume %1: %2 kann nicht entfernt werden: %3</translation>
    </message>
</context>
<context>
    <name>sandbox::apply</name>
    <message>
        <source>a symbolic link on the host is in its way: not followed</source>
        <translation>ein symbolischer Link auf dem Host steht im Weg: nicht gefolgt</translation>
    </message>
    <message>
        <source>a file on the host is where a folder should be</source>
        <translation>auf dem Host liegt eine Datei, wo ein Ordner sein müsste</translation>
    </message>
    <message>
        <source>the host&apos;s file is too large to compare</source>
        <translation>die Datei auf dem Host ist zu groß zum Vergleichen</translation>
    </message>
    <message>
        <source>kept: the host&apos;s folder is not empty</source>
        <translation>behalten: der Ordner auf dem Host ist nicht leer</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>already so on the host</source>
        <translation>auf dem Host schon so</translation>
    </message>
    <message>
        <source>the host has another file there since launch</source>
        <translation>auf dem Host liegt dort seit dem Start eine andere Datei</translation>
    </message>
    <message>
        <source>already gone on the host</source>
        <translation>auf dem Host schon entfernt</translation>
    </message>
    <message>
        <source>not a folder on the host</source>
        <translation>auf dem Host kein Ordner</translation>
    </message>
    <message>
        <source>changed on the host since launch: not deleted</source>
        <translation>seit dem Start auf dem Host geändert: nicht gelöscht</translation>
    </message>
    <message>
        <source>deleted on the host since launch</source>
        <translation>seit dem Start auf dem Host gelöscht</translation>
    </message>
    <message>
        <source>not a regular file on the host</source>
        <translation>auf dem Host keine normale Datei</translation>
    </message>
    <message>
        <source>binary file changed on the host since launch</source>
        <translation>Binärdatei seit dem Start auf dem Host geändert</translation>
    </message>
    <message>
        <source>changed on the host since launch, and the accepted hunks overlap those edits</source>
        <translation>seit dem Start auf dem Host geändert, und die angenommenen Abschnitte überschneiden sich mit diesen Änderungen</translation>
    </message>
    <message>
        <source>outside the project: never applied</source>
        <translation>außerhalb des Projekts: nie übernommen</translation>
    </message>
    <message>
        <source>not accepted</source>
        <translation>nicht angenommen</translation>
    </message>
    <message>
        <source>the host has a file there</source>
        <translation>auf dem Host liegt dort eine Datei</translation>
    </message>
    <message>
        <source>%1 applied, %2 merged, %3 unchanged, %4 not accepted, %5 refused, %6 outside the project</source>
        <translation>%1 übernommen, %2 zusammengeführt, %3 unverändert, %4 nicht angenommen, %5 abgelehnt, %6 außerhalb des Projekts</translation>
    </message>
    <message>
        <source>changed on the host since launch: merged</source>
        <translation>seit dem Start auf dem Host geändert: zusammengeführt</translation>
    </message>
    <message>
        <source>its name contains a line break</source>
        <translation>ihr Name enthält einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>its name is not valid UTF-8</source>
        <translation>ihr Name ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>git&apos;s own files are never applied</source>
        <translation>Dateien von git selbst werden nie übernommen</translation>
    </message>
    <message>
        <source>a device, FIFO or socket: never applied</source>
        <translation>ein Gerät, FIFO oder Socket: nie übernommen</translation>
    </message>
    <message>
        <source>%1, larger than %2: not applied</source>
        <translation>%1, größer als %2: nicht übernommen</translation>
    </message>
    <message>
        <source>(a sparse file)</source>
        <translation>(eine Sparse-Datei)</translation>
    </message>
    <message>
        <source>its name is not valid UTF-8 or contains a line break</source>
        <translation>ihr Name ist kein gültiges UTF-8 oder enthält einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>changed between a file and a folder: not applied</source>
        <translation>zwischen Datei und Ordner gewechselt: nicht übernommen</translation>
    </message>
    <message>
        <source>setuid/setgid bit dropped</source>
        <translation>setuid/setgid-Bit entfernt</translation>
    </message>
    <message>
        <source>a symbolic link to %1, outside the project: not applied</source>
        <translation>ein symbolischer Link auf %1, außerhalb des Projekts: nicht übernommen</translation>
    </message>
    <message>
        <source>absolute link target made relative</source>
        <translation>absolutes Linkziel relativ gemacht</translation>
    </message>
    <message>
        <source>cannot prepare the patch</source>
        <translation>der Patch lässt sich nicht vorbereiten</translation>
    </message>
    <message>
        <source>cannot write the patch</source>
        <translation>der Patch lässt sich nicht schreiben</translation>
    </message>
    <message>
        <source>cannot write %1 into the repository</source>
        <translation>%1 lässt sich nicht ins Repository schreiben</translation>
    </message>
    <message>
        <source>git keeps no folders</source>
        <translation>git bewahrt keine Ordner auf</translation>
    </message>
    <message>
        <source>cannot build the commit&apos;s tree</source>
        <translation>der Baum des Commits lässt sich nicht bauen</translation>
    </message>
    <message>
        <source>the commit the run was launched from (%1) is not in the repository</source>
        <translation>der Commit, von dem der Lauf gestartet wurde (%1), ist nicht im Repository</translation>
    </message>
    <message>
        <source>%1 is not a git repository</source>
        <translation>%1 ist kein git-Repository</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid branch name</source>
        <translation>&quot;%1&quot; ist kein gültiger Branch-Name</translation>
    </message>
    <message>
        <source>the branch &quot;%1&quot; exists already</source>
        <translation>der Branch &quot;%1&quot; existiert schon</translation>
    </message>
    <message>
        <source>nothing accepted to commit</source>
        <translation>nichts zum Committen angenommen</translation>
    </message>
    <message>
        <source>set user.name and user.email in the repository&apos;s git config to commit</source>
        <translation>zum Committen user.name und user.email in der git-Konfiguration des Repositorys setzen</translation>
    </message>
    <message>
        <source>cannot create the commit</source>
        <translation>der Commit lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>cannot create the branch</source>
        <translation>der Branch lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>not a sandbox id: %1</source>
        <translation>keine Sandbox-ID: %1</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <source>cannot keep the sandbox&apos;s files: %1</source>
        <translation>die Dateien der Sandbox lassen sich nicht aufbewahren: %1</translation>
    </message>
    <message>
        <source>the sandbox&apos;s files are not available to keep</source>
        <translation>die Dateien der Sandbox sind zum Aufbewahren nicht verfügbar</translation>
    </message>
    <message>
        <source>no kept sandbox with the id %1 (keep one with sandbox-run --keep)</source>
        <translation>keine aufbewahrte Sandbox mit der ID %1 (mit sandbox-run --keep aufbewahren)</translation>
    </message>
    <message>
        <source>the image sandbox %1 ran on is gone (%2): its changes cannot be compared</source>
        <translation>das Image, auf dem Sandbox %1 lief, ist weg (%2): ihre Änderungen lassen sich nicht vergleichen</translation>
    </message>
    <message>
        <source>no kept sandbox with the id %1</source>
        <translation>keine aufbewahrte Sandbox mit der ID %1</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>%1 lässt sich nicht entfernen</translation>
    </message>
</context>
<context>
    <name>sandbox::cgroup</name>
    <message>
        <source>memory: cannot set the limit in %1</source>
        <translation>memory: Die Grenze kann in %1 nicht gesetzt werden</translation>
    </message>
    <message>
        <source>an ordinary user cannot set cgroup v1 limits on this host</source>
        <translation>Ein gewöhnlicher Benutzer kann auf diesem Host keine cgroup-v1-Grenzen setzen</translation>
    </message>
    <message>
        <source>the memory cgroup controller is not available on this host</source>
        <translation>Der memory-cgroup-Controller ist auf diesem Host nicht verfügbar</translation>
    </message>
    <message>
        <source>the cpu cgroup controller (CFS quota) is not available on this host</source>
        <translation>Der cpu-cgroup-Controller (CFS-Quota) ist auf diesem Host nicht verfügbar</translation>
    </message>
    <message>
        <source>this process is in no cgroup v2 hierarchy</source>
        <translation>dieser Prozess ist in keiner cgroup-v2-Hierarchie</translation>
    </message>
    <message>
        <source>no cgroup on the way from %1 up is delegated to this user</source>
        <translation>keine cgroup auf dem Weg von %1 nach oben ist an diesen Benutzer delegiert</translation>
    </message>
    <message>
        <source>%1 is not writable by this user</source>
        <translation>%1 ist für diesen Benutzer nicht beschreibbar</translation>
    </message>
    <message>
        <source>the delegated cgroup %1 lacks the controllers %2</source>
        <translation>der delegierten cgroup %1 fehlen die Controller %2</translation>
    </message>
    <message>
        <source>%1 is not below the delegated cgroup %2</source>
        <translation>%1 liegt nicht unterhalb der delegierten cgroup %2</translation>
    </message>
    <message>
        <source>cannot create the cgroup %1</source>
        <translation>die cgroup %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot enable %1 in %2: %3</source>
        <translation>%1 kann in %2 nicht aktiviert werden: %3</translation>
    </message>
    <message>
        <source>this host does not run cgroup v2 alone (cgroup v1 or hybrid)</source>
        <translation>dieser Rechner nutzt nicht ausschließlich cgroup v2 (cgroup v1 oder hybrid)</translation>
    </message>
    <message>
        <source>cannot set the sandboxes&apos; memory bound in %1: %2</source>
        <translation>die Speichergrenze der Sandboxen kann in %1 nicht gesetzt werden: %2</translation>
    </message>
</context>
<context>
    <name>sandbox::dockerfilebase</name>
    <message>
        <source>image: dockerfile: &quot;%1&quot; is not a clean absolute path</source>
        <translation>image: dockerfile: &quot;%1&quot; ist kein sauberer absoluter Pfad</translation>
    </message>
    <message>
        <source>image: dockerfile: the context &quot;%1&quot; is not a clean absolute path</source>
        <translation>image: dockerfile: der Kontext &quot;%1&quot; ist kein sauberer absoluter Pfad</translation>
    </message>
    <message>
        <source>image: dockerfile: &quot;%1&quot; is not a valid build argument name</source>
        <translation>image: dockerfile: &quot;%1&quot; ist kein gültiger Name für ein Build-Argument</translation>
    </message>
    <message>
        <source>image: dockerfile: the build argument %1 contains a NUL character</source>
        <translation>image: dockerfile: das Build-Argument %1 enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>image: give either dockerfile or base (and suite), not both</source>
        <translation>image: geben Sie entweder dockerfile oder base (und suite) an, nicht beides</translation>
    </message>
    <message>
        <source>image: dockerfile and context must be strings</source>
        <translation>image: dockerfile und context müssen Zeichenketten sein</translation>
    </message>
    <message>
        <source>image: build_args must be an object of strings</source>
        <translation>image: build_args muss ein Objekt aus Zeichenketten sein</translation>
    </message>
    <message>
        <source>image: build_args: the value of %1 must be a string</source>
        <translation>image: build_args: der Wert von %1 muss eine Zeichenkette sein</translation>
    </message>
</context>
<context>
    <name>sandbox::control</name>
    <message>
        <source>cannot listen at %1: %2</source>
        <translation>an %1 kann nicht gelauscht werden: %2</translation>
    </message>
</context>
<context>
    <name>sandbox::files</name>
    <message>
        <source>the sandbox&apos;s files are no longer available</source>
        <translation>Die Dateien der Sandbox sind nicht mehr verfügbar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation>%1: Keine reguläre Datei</translation>
    </message>
    <message>
        <source>the image&apos;s files are not available</source>
        <translation>Die Dateien des Images sind nicht verfügbar</translation>
    </message>
    <message>
        <source>%1: not in the image</source>
        <translation>%1: Nicht im Image</translation>
    </message>
    <message>
        <source>%1: too many symbolic links</source>
        <translation>%1: Zu viele symbolische Verknüpfungen</translation>
    </message>
    <message>
        <source>%1: not a directory</source>
        <translation>%1: Kein Verzeichnis</translation>
    </message>
    <message>
        <source>cannot write %1 in the sandbox: %2</source>
        <translation>%1 kann in der Sandbox nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>sandbox::imagecommands</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>LAYERS</source>
        <translation>SCHICHTEN</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <source>IMAGE</source>
        <translation>IMAGE</translation>
    </message>
    <message>
        <source>removed %1 unused layer(s), %2</source>
        <translation>%1 unbenutzte Schicht(en) entfernt, %2</translation>
    </message>
</context>
<context>
    <name>sandbox::imagemanifest</name>
    <message>
        <source>the image has none of the files a sandbox needs</source>
        <translation>Das Image enthält keine der Dateien, die eine Sandbox benötigt</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>its manifest %1 cannot be read</source>
        <translation>Sein Manifest %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>its manifest %1 is damaged</source>
        <translation>Sein Manifest %1 ist beschädigt</translation>
    </message>
    <message>
        <source>/%1 is missing</source>
        <translation>/%1 fehlt</translation>
    </message>
    <message>
        <source>/%1 was changed or truncated</source>
        <translation>/%1 wurde verändert oder gekürzt</translation>
    </message>
    <message>
        <source>its manifest %1 is empty</source>
        <translation>Sein Manifest %1 ist leer</translation>
    </message>
</context>
<context>
    <name>sandbox::layers</name>
    <message>
        <source>the sandbox&apos;s files are no longer available</source>
        <translation>die Dateien der Sandbox sind nicht mehr verfügbar</translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation>%1: keine normale Datei</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>sandbox::localfiles</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>image: add_local_file: %1 is not a file</source>
        <translation>image: add_local_file: %1 ist keine Datei</translation>
    </message>
    <message>
        <source>image: add_local_file: cannot read %1</source>
        <translation>image: add_local_file: %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>image: add_local_dir: %1 is not a directory</source>
        <translation>image: add_local_dir: %1 ist kein Verzeichnis</translation>
    </message>
    <message>
        <source>image: add_local_dir: cannot read %1</source>
        <translation>image: add_local_dir: %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>image: cannot read the tarball %1</source>
        <translation>image: Der Tarball %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>image: %1 is not a directory</source>
        <translation>image: %1 ist kein Verzeichnis</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot create the link %1: %2</source>
        <translation>Die Verknüpfung %1 kann nicht erstellt werden: %2</translation>
    </message>
</context>
<context>
    <name>sandbox::oci</name>
    <message>
        <source>the pulled image has no manifest</source>
        <translation>Das geladene Image hat kein Manifest</translation>
    </message>
    <message>
        <source>the pulled image&apos;s manifest lists no layers or no config</source>
        <translation>Das Manifest des geladenen Images nennt keine Schichten oder keine Konfiguration</translation>
    </message>
    <message>
        <source>the layer %1 of the pulled image is missing</source>
        <translation>Die Schicht %1 des geladenen Images fehlt</translation>
    </message>
    <message>
        <source>cannot remove the whiteout %1: %2</source>
        <translation>Das Whiteout %1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>cannot mark %1 opaque: %2</source>
        <translation>%1 kann nicht als opak markiert werden: %2</translation>
    </message>
    <message>
        <source>cannot create the whiteout for %1: %2</source>
        <translation>Das Whiteout für %1 kann nicht erstellt werden: %2</translation>
    </message>
</context>
<context>
    <name>sandbox::pipfiles</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>no dependency group &quot;%1&quot; (it has: %2)</source>
        <translation>keine Abhängigkeitsgruppe &quot;%1&quot; (vorhanden: %2)</translation>
    </message>
    <message>
        <source>%1 declares its dependencies dynamic (setup.py); pip_install the project instead</source>
        <translation>%1 erklärt seine Abhängigkeiten als dynamisch (setup.py); installieren Sie stattdessen das Projekt mit pip_install</translation>
    </message>
    <message>
        <source>%1: no optional dependencies &quot;%2&quot; (it has: %3)</source>
        <translation>%1: keine optionalen Abhängigkeiten &quot;%2&quot; (vorhanden: %3)</translation>
    </message>
</context>
<context>
    <name>sandbox::pipfilesteps</name>
    <message>
        <source>image: %1: &quot;%2&quot; is not a clean absolute path</source>
        <translation>image: %1: &quot;%2&quot; ist kein sauberer absoluter Pfad</translation>
    </message>
    <message>
        <source>image: %1: extras and groups are for pip_install_from_pyproject</source>
        <translation>image: %1: Extras und Gruppen gibt es nur für pip_install_from_pyproject</translation>
    </message>
    <message>
        <source>image: %1: &quot;%2&quot; is not a valid extra or group name</source>
        <translation>image: %1: &quot;%2&quot; ist kein gültiger Extra- oder Gruppenname</translation>
    </message>
    <message>
        <source>image: %1: &quot;%2&quot; is not an http(s) URL or an absolute path</source>
        <translation>image: %1: &quot;%2&quot; ist weder eine http(s)-URL noch ein absoluter Pfad</translation>
    </message>
    <message>
        <source>image: %1: extra option &quot;%2&quot; does not start with -</source>
        <translation>image: %1: Die zusätzliche Option &quot;%2&quot; beginnt nicht mit -</translation>
    </message>
    <message>
        <source>image: %1: unknown key &quot;%2&quot;</source>
        <translation>image: %1: Unbekannter Schlüssel &quot;%2&quot;</translation>
    </message>
    <message>
        <source>image: %1: the file and URLs must be strings, extras, groups and options arrays of strings</source>
        <translation>image: %1: Datei und URLs müssen Zeichenketten sein, Extras, Gruppen und Optionen Arrays von Zeichenketten</translation>
    </message>
</context>
<context>
    <name>sandbox::records</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>no sandbox %1 (it ended, or never existed)</source>
        <translation>keine Sandbox %1 (sie ist beendet oder hat nie existiert)</translation>
    </message>
    <message>
        <source>%1 names more than one sandbox: %2</source>
        <translation>%1 bezeichnet mehr als eine Sandbox: %2</translation>
    </message>
</context>
<context>
    <name>sandbox::rootless</name>
    <message>
        <source>rootless: the engine must start before any thread (it enters a user namespace)</source>
        <translation>rootless: Die Engine muss vor jedem Thread starten (sie betritt einen User-Namensraum)</translation>
    </message>
    <message>
        <source>rootless: cannot create a user namespace (%1); enable unprivileged user namespaces (kernel.unprivileged_userns_clone=1) or run as root</source>
        <translation>rootless: Es kann kein User-Namensraum erstellt werden (%1); aktivieren Sie unprivilegierte User-Namensräume (kernel.unprivileged_userns_clone=1) oder führen Sie es als root aus</translation>
    </message>
    <message>
        <source>rootless: cannot map this user into its user namespace: %1</source>
        <translation>rootless: Dieser Benutzer kann nicht in seinen User-Namensraum abgebildet werden: %1</translation>
    </message>
    <message>
        <source>resource limits are not enforced: running without root, the engine has no cgroup of its own to limit sandboxes with (run as root, or on a cgroup v2 host that delegates a cgroup to this user)</source>
        <translation>Ressourcengrenzen werden nicht durchgesetzt: Ohne root hat die Engine keine eigene cgroup, um Sandboxen zu begrenzen (als root ausführen oder auf einem cgroup-v2-Host, der diesem Benutzer eine cgroup delegiert)</translation>
    </message>
</context>
<context>
    <name>sandbox::slurm</name>
    <message>
        <source>the cluster client ended abnormally</source>
        <translation>Der Cluster-Client wurde unerwartet beendet</translation>
    </message>
    <message>
        <source>the cluster client exited with code %1 before the sandbox started</source>
        <translation>Der Cluster-Client wurde mit Code %1 beendet, bevor die Sandbox startete</translation>
    </message>
</context>
<context>
    <name>sandbox::yaml</name>
    <message>
        <source>YAML line %1: only one document is supported</source>
        <translation>YAML-Zeile %1: Nur ein Dokument wird unterstützt</translation>
    </message>
    <message>
        <source>YAML line %1: %2</source>
        <translation>YAML-Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>ui::AboutDialog</name>
    <message>
        <source>About Sandbox Studio</source>
        <translation>Über Sandbox Studio</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Sandbox Studio&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Runs code you don&apos;t fully trust in fresh, disposable Linux sandboxes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Sandbox Studio&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Führt Code, dem Sie nicht ganz vertrauen, in frischen, wegwerfbaren Linux-Sandboxen aus.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Gebaut mit</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <source>none found: %1</source>
        <translation>keine gefunden: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>OCI runtime</source>
        <translation>OCI-Laufzeit</translation>
    </message>
</context>
<context>
    <name>ui::AppSettings</name>
    <message>
        <source>runtime: &quot;%1&quot; is not one of runc, crun or runsc</source>
        <translation>runtime: &quot;%1&quot; ist keines von runc, crun oder runsc</translation>
    </message>
    <message>
        <source>data directory: &quot;%1&quot; is not an absolute path</source>
        <translation>Datenverzeichnis: &quot;%1&quot; ist kein absoluter Pfad</translation>
    </message>
    <message>
        <source>default image: %1</source>
        <translation>Standard-Image: %1</translation>
    </message>
    <message>
        <source>package index: &quot;%1&quot; is not an http:// or https:// URL</source>
        <translation>Paketindex: &quot;%1&quot; ist keine http://- oder https://-URL</translation>
    </message>
</context>
<context>
    <name>ui::ChangesView</name>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>No changes yet: launch a run in this tab.</source>
        <translation>Noch keine Änderungen: Starten Sie einen Lauf in diesem Tab.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Select a file to see what changed in it.</source>
        <translation>Wählen Sie eine Datei, um zu sehen, was sich darin geändert hat.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Compare the sandbox&apos;s files with its image again</source>
        <translation>Die Dateien der Sandbox erneut mit ihrem Image vergleichen</translation>
    </message>
    <message>
        <source>Hide Python caches</source>
        <translation>Python-Caches ausblenden</translation>
    </message>
    <message>
        <source>Leave __pycache__ folders out of the list</source>
        <translation>__pycache__-Ordner in der Liste auslassen</translation>
    </message>
    <message>
        <source>The run changed no files.</source>
        <translation>Der Lauf hat keine Dateien geändert.</translation>
    </message>
    <message>
        <source>%1 added, %2 changed, %3 deleted</source>
        <translation>%1 hinzugefügt, %2 geändert, %3 gelöscht</translation>
    </message>
    <message numerus="yes">
        <source>(%n Python cache path(s) hidden)</source>
        <translation>
            <numerusform>(%n Python-Cache-Pfad ausgeblendet)</numerusform>
            <numerusform>(%n Python-Cache-Pfade ausgeblendet)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: folder %2</source>
        <translation>%1: Ordner %2</translation>
    </message>
    <message>
        <source>%1: no diff (%2)</source>
        <translation>%1: Kein Diff (%2)</translation>
    </message>
    <message>
        <source>%1: binary file %2 (%3 → %4)</source>
        <translation>%1: Binärdatei %2 (%3 → %4)</translation>
    </message>
    <message>
        <source>%1: same content; only its permissions, owner or times changed</source>
        <translation>%1: Gleicher Inhalt; nur Berechtigungen, Eigentümer oder Zeitstempel haben sich geändert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Outside the project</source>
        <translation>Außerhalb des Projekts</translation>
    </message>
    <message>
        <source>Reading the changes…</source>
        <translation>Lese die Änderungen…</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>never applied</source>
        <translation>nie übernommen</translation>
    </message>
    <message>
        <source>binary: taken whole</source>
        <translation>binär: nur ganz übernommen</translation>
    </message>
    <message>
        <source>hunk</source>
        <translation>Abschnitt</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), never applied</source>
        <translation>
            <numerusform>%n Datei, nie übernommen</numerusform>
            <numerusform>%n Dateien, nie übernommen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: symbolic link %2 (→ %3)</source>
        <translation>%1: symbolischer Link %2 (→ %3)</translation>
    </message>
    <message>
        <source>%1: empty file %2</source>
        <translation>%1: leere Datei %2</translation>
    </message>
</context>
<context>
    <name>ui::CloneSourcePage</name>
    <message>
        <source>https://example.org/team/project.git</source>
        <translation>https://example.org/team/project.git</translation>
    </message>
    <message>
        <source>default branch</source>
        <translation>Standard-Branch</translation>
    </message>
    <message>
        <source>full history</source>
        <translation>gesamter Verlauf</translation>
    </message>
    <message>
        <source>How many recent commits to fetch (a shallow clone); 0 fetches the full history</source>
        <translation>Wie viele der neuesten Commits abgerufen werden (flacher Klon); 0 ruft den gesamten Verlauf ab</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>only for private HTTPS repositories</source>
        <translation>nur für private HTTPS-Repositorys</translation>
    </message>
    <message>
        <source>Use keys from ssh-agent</source>
        <translation>Schlüssel aus ssh-agent verwenden</translation>
    </message>
    <message>
        <source>C&amp;lone</source>
        <translation>&amp;Klonen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>UR&amp;L:</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>&amp;Branch:</translation>
    </message>
    <message>
        <source>&amp;Depth:</source>
        <translation>&amp;Tiefe:</translation>
    </message>
    <message>
        <source>D&amp;estination:</source>
        <translation>Ziel&amp;ordner:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Clone into</source>
        <translation>Zielordner für den Klon</translation>
    </message>
    <message>
        <source>Receiving objects: %v of %m</source>
        <translation>Objekte werden empfangen: %v von %m</translation>
    </message>
    <message>
        <source>Checking out files: %v of %m</source>
        <translation>Dateien werden ausgecheckt: %v von %m</translation>
    </message>
    <message>
        <source>Cloned into %1.</source>
        <translation>Nach %1 geklont.</translation>
    </message>
    <message>
        <source>Cloned into %1 (%2).</source>
        <translation>Nach %1 geklont (%2).</translation>
    </message>
    <message>
        <source>Cloning cancelled; nothing was kept.</source>
        <translation>Klonen abgebrochen; nichts wurde behalten.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
</context>
<context>
    <name>ui::DataPanel</name>
    <message>
        <source>Secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <source>Host mounts (read-only)</source>
        <translation>Host-Einhängungen (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Volumes (read-write)</source>
        <translation>Volumes (beschreibbar)</translation>
    </message>
</context>
<context>
    <name>ui::FilesPanel</name>
    <message>
        <source>No files yet: launch a run in this tab.</source>
        <translation>Noch keine Dateien: Starten Sie einen Lauf in diesem Tab.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Double-click a file to view it.</source>
        <translation>Doppelklicken Sie auf eine Datei, um sie anzuzeigen.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Read the sandbox&apos;s files again (F5)</source>
        <translation>Die Dateien der Sandbox neu einlesen (F5)</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show the selected file</source>
        <translation>Die ausgewählte Datei anzeigen</translation>
    </message>
    <message>
        <source>Save to…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Copy the selected file or folder to this computer</source>
        <translation>Die ausgewählte Datei oder den ausgewählten Ordner auf diesen Computer kopieren</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1: cannot show it (%2)</source>
        <translation>%1: Kann nicht angezeigt werden (%2)</translation>
    </message>
    <message>
        <source>%1: binary file, not shown; use Save to… to copy it out</source>
        <translation>%1: Binärdatei, nicht angezeigt; verwenden Sie Speichern unter…, um sie herauszukopieren</translation>
    </message>
    <message>
        <source>%1 (only the first %2 shown)</source>
        <translation>%1 (nur die ersten %2 angezeigt)</translation>
    </message>
    <message>
        <source>Save folder %1 as</source>
        <translation>Ordner %1 speichern unter</translation>
    </message>
    <message>
        <source>Save file %1 as</source>
        <translation>Datei %1 speichern unter</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s) to %1</source>
        <translation>
            <numerusform>%n Datei in %1 gespeichert</numerusform>
            <numerusform>%n Dateien in %1 gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>In %1 gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>(%n link(s) or special file(s) left out)</source>
        <translation>
            <numerusform>(%n Verknüpfung oder Spezialdatei ausgelassen)</numerusform>
            <numerusform>(%n Verknüpfungen oder Spezialdateien ausgelassen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::FormRows</name>
    <message>
        <source>Remove this row</source>
        <translation>Diese Zeile entfernen</translation>
    </message>
    <message>
        <source>enter the path inside the sandbox</source>
        <translation>Geben Sie den Pfad in der Sandbox ein</translation>
    </message>
    <message>
        <source>the sandbox path &quot;%1&quot; is relative; it must start with /</source>
        <translation>Der Sandbox-Pfad &quot;%1&quot; ist relativ; er muss mit / beginnen</translation>
    </message>
    <message>
        <source>the sandbox path &quot;%1&quot; is not normalised (write %2)</source>
        <translation>Der Sandbox-Pfad &quot;%1&quot; ist nicht normalisiert (schreiben Sie %2)</translation>
    </message>
    <message>
        <source>cannot mount over the sandbox&apos;s root directory</source>
        <translation>Das Wurzelverzeichnis der Sandbox kann nicht überlagert werden</translation>
    </message>
    <message>
        <source>%1 is reserved for the sandbox&apos;s own %2</source>
        <translation>%1 ist für das eigene %2 der Sandbox reserviert</translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
</context>
<context>
    <name>ui::HistoryPanel</name>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Exit</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>&amp;Re-run</source>
        <translation>&amp;Erneut ausführen</translation>
    </message>
    <message>
        <source>&amp;Copy command line</source>
        <translation>Befehlszeile &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the equivalent sandbox-run command line</source>
        <translation>Die entsprechende sandbox-run-Befehlszeile kopieren</translation>
    </message>
    <message>
        <source>&amp;Export spec…</source>
        <translation>Spezifikation &amp;exportieren…</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>[showing the last %1 of %2 bytes]</source>
        <translation>[die letzten %1 von %2 Bytes werden angezeigt]</translation>
    </message>
    <message>
        <source>Export spec</source>
        <translation>Spezifikation exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Use &amp;image</source>
        <translation>&amp;Image verwenden</translation>
    </message>
    <message>
        <source>Fill the form&apos;s image section with this run&apos;s image</source>
        <translation>Den Image-Abschnitt des Formulars mit dem Image dieses Laufs füllen</translation>
    </message>
</context>
<context>
    <name>ui::ImageBuildView</name>
    <message>
        <source>The build&apos;s output appears here.</source>
        <translation>Die Ausgabe des Baus erscheint hier.</translation>
    </message>
    <message>
        <source>Building %1…</source>
        <translation>%1 wird gebaut…</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3 (%4%)</source>
        <translation>Schritt %1 von %2: %3 (%4%)</translation>
    </message>
    <message>
        <source>Image ready: %1 (id %2)</source>
        <translation>Image bereit: %1 (ID %2)</translation>
    </message>
    <message>
        <source>The build failed.</source>
        <translation>Der Bau ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>ui::ImageFormFields</name>
    <message>
        <source>base image: %1</source>
        <translation>Basis-Image: %1</translation>
    </message>
    <message>
        <source>apt packages: %1</source>
        <translation>Apt-Pakete: %1</translation>
    </message>
    <message>
        <source>pip packages: an index URL is set but no packages are given</source>
        <translation>Pip-Pakete: Eine Index-URL ist gesetzt, aber keine Pakete sind angegeben</translation>
    </message>
    <message>
        <source>pip index URL: leave the user and password out of the URL (recipes are kept in the history); set the index with its credentials in Settings or PIP_INDEX_URL instead</source>
        <translation>Pip-Index-URL: Lassen Sie Benutzer und Passwort aus der URL weg (Rezepte werden im Verlauf gespeichert); setzen Sie den Index mit seinen Zugangsdaten stattdessen in den Einstellungen oder in PIP_INDEX_URL</translation>
    </message>
    <message>
        <source>pip index URL: %1</source>
        <translation>Pip-Index-URL: %1</translation>
    </message>
    <message>
        <source>pip packages: %1</source>
        <translation>Pip-Pakete: %1</translation>
    </message>
    <message>
        <source>environment: row %1 has a value but no name</source>
        <translation>Umgebung: Zeile %1 hat einen Wert, aber keinen Namen</translation>
    </message>
    <message>
        <source>environment: %1 is set twice</source>
        <translation>Umgebung: %1 ist doppelt gesetzt</translation>
    </message>
    <message>
        <source>environment: %1</source>
        <translation>Umgebung: %1</translation>
    </message>
    <message>
        <source>build commands: %1</source>
        <translation>Baubefehle: %1</translation>
    </message>
</context>
<context>
    <name>ui::ImagePanel</name>
    <message>
        <source>Debian packages, e.g. jq curl git</source>
        <translation>Debian-Pakete, z. B. jq curl git</translation>
    </message>
    <message>
        <source>requirements, e.g. requests numpy==2.1</source>
        <translation>Anforderungen, z. B. requests numpy==2.1</translation>
    </message>
    <message>
        <source>pip&apos;s default</source>
        <translation>Standard von pip</translation>
    </message>
    <message>
        <source>Shell commands run once while building, one per line</source>
        <translation>Shell-Befehle, die beim Bauen einmal ausgeführt werden, einer pro Zeile</translation>
    </message>
    <message>
        <source>&amp;Base image:</source>
        <translation>&amp;Basis-Image:</translation>
    </message>
    <message>
        <source>&amp;Apt packages:</source>
        <translation>&amp;Apt-Pakete:</translation>
    </message>
    <message>
        <source>&amp;Pip packages:</source>
        <translation>&amp;Pip-Pakete:</translation>
    </message>
    <message>
        <source>Pip &amp;index URL:</source>
        <translation>Pip-Inde&amp;x-URL:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>Umgebun&amp;g:</translation>
    </message>
    <message>
        <source>Build &amp;commands:</source>
        <translation>Baubefeh&amp;le:</translation>
    </message>
    <message>
        <source>B&amp;uild image</source>
        <translation>I&amp;mage bauen</translation>
    </message>
    <message>
        <source>Build the image now, so that Launch starts at once</source>
        <translation>Das Image jetzt bauen, damit Starten sofort beginnt</translation>
    </message>
    <message>
        <source>Cancel build</source>
        <translation>Bau abbrechen</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>K&amp;opieren</translation>
    </message>
    <message>
        <source>Copy the recipe as JSON</source>
        <translation>Das Rezept als JSON kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Ei&amp;nfügen</translation>
    </message>
    <message>
        <source>Fill the form from a recipe or a spec (JSON) on the clipboard</source>
        <translation>Das Formular aus einem Rezept oder einer Spezifikation (JSON) in der Zwischenablage füllen</translation>
    </message>
    <message>
        <source>Op&amp;en…</source>
        <translation>&amp;Öffnen…</translation>
    </message>
    <message>
        <source>Fill the form from a recipe or an exported spec (JSON file)</source>
        <translation>Das Formular aus einem Rezept oder einer exportierten Spezifikation (JSON-Datei) füllen</translation>
    </message>
    <message>
        <source>Build log</source>
        <translation>Bauprotokoll</translation>
    </message>
    <message>
        <source>Recipe (JSON)</source>
        <translation>Rezept (JSON)</translation>
    </message>
    <message>
        <source>Open recipe or spec</source>
        <translation>Rezept oder Spezifikation öffnen</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Debian slim</source>
        <translation>Debian slim</translation>
    </message>
    <message>
        <source>Registry image</source>
        <translation>Registry-Image</translation>
    </message>
    <message>
        <source>Local image</source>
        <translation>Lokales Image</translation>
    </message>
    <message>
        <source>Root file system</source>
        <translation>Root-Dateisystem</translation>
    </message>
    <message>
        <source>What the image starts from</source>
        <translation>Worauf das Image aufbaut</translation>
    </message>
    <message>
        <source>The Debian release</source>
        <translation>Die Debian-Version</translation>
    </message>
    <message>
        <source>No image built yet</source>
        <translation>Noch kein Image gebaut</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>List the images this computer has built</source>
        <translation>Die auf diesem Computer gebauten Images auflisten</translation>
    </message>
    <message>
        <source>/path/to/rootfs.tar or a directory</source>
        <translation>/pfad/zu/rootfs.tar oder ein Verzeichnis</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a root file system tarball</source>
        <translation>Einen Tarball mit Root-Dateisystem wählen</translation>
    </message>
    <message>
        <source>Tarballs (*.tar *.tar.gz *.tgz *.tar.xz *.tar.zst *.tar.bz2);;All files (*)</source>
        <translation>Tarballs (*.tar *.tar.gz *.tgz *.tar.xz *.tar.zst *.tar.bz2);;Alle Dateien (*)</translation>
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
        <source>Add a variable</source>
        <translation>Eine Variable hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected variable</source>
        <translation>Die ausgewählte Variable entfernen</translation>
    </message>
    <message>
        <source>base image: choose a local image (build one first)</source>
        <translation>Basis-Image: Wählen Sie ein lokales Image (bauen Sie zuerst eines)</translation>
    </message>
    <message>
        <source>%1
id %2, built %3</source>
        <translation>%1
ID %2, gebaut %3</translation>
    </message>
    <message>
        <source>// %1</source>
        <translation>// %1</translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation>die Zwischenablage</translation>
    </message>
    <message>
        <source>open: cannot read %1: %2</source>
        <translation>open: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no JSON recipe</source>
        <translation>%1 enthält kein JSON-Rezept</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>python:3.12-slim or registry.example.com/team/tool:1.2</source>
        <translation>python:3.12-slim oder registry.example.com/team/tool:1.2</translation>
    </message>
    <message>
        <source>base image: image: &quot;%1&quot; is not an absolute path</source>
        <translation>Basis-Image: image: &quot;%1&quot; ist kein absoluter Pfad</translation>
    </message>
</context>
<context>
    <name>ui::KeepChangesBar</name>
    <message>
        <source>Apply to source</source>
        <translation>In die Quelle übernehmen</translation>
    </message>
    <message>
        <source>Write the checked changes into the folder the run&apos;s source came from</source>
        <translation>Die angehakten Änderungen in den Ordner schreiben, aus dem die Quelle des Laufs kam</translation>
    </message>
    <message>
        <source>Commit to branch…</source>
        <translation>Auf Branch committen…</translation>
    </message>
    <message>
        <source>One commit with the checked changes on a new branch, from the commit the run was launched from; your work tree and branch stay as they are</source>
        <translation>Ein Commit mit den angehakten Änderungen auf einem neuen Branch, ab dem Commit, von dem der Lauf gestartet wurde; Arbeitsverzeichnis und Branch bleiben, wie sie sind</translation>
    </message>
    <message>
        <source>Save patch…</source>
        <translation>Patch speichern…</translation>
    </message>
    <message>
        <source>Save the checked changes as a patch for git apply</source>
        <translation>Die angehakten Änderungen als Patch für git apply speichern</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Throw the run&apos;s files away; nothing is applied</source>
        <translation>Die Dateien des Laufs wegwerfen; nichts wird übernommen</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Arbeite…</translation>
    </message>
    <message>
        <source>Applied to %1: %2</source>
        <translation>In %1 übernommen: %2</translation>
    </message>
    <message>
        <source>Committed %1 to the new branch %2: %3</source>
        <translation>%1 auf den neuen Branch %2 committet: %3</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <source>Saved the patch to %1</source>
        <translation>Patch nach %1 gespeichert</translation>
    </message>
    <message>
        <source>Commit to a new branch</source>
        <translation>Auf einen neuen Branch committen</translation>
    </message>
    <message>
        <source>Changes kept from sandbox %1</source>
        <translation>Übernommene Änderungen aus Sandbox %1</translation>
    </message>
    <message>
        <source>Branch:</source>
        <translation>Branch:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Nachricht:</translation>
    </message>
    <message>
        <source>Save patch</source>
        <translation>Patch speichern</translation>
    </message>
    <message>
        <source>Patches (*.patch *.diff)</source>
        <translation>Patches (*.patch *.diff)</translation>
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <source>Sandbox Studio</source>
        <translation>Sandbox Studio</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Command to run in a fresh sandbox</source>
        <translation>Befehl, der in einer frischen Sandbox ausgeführt wird</translation>
    </message>
    <message>
        <source>&amp;Launch</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Run the command in a new sandbox (Ctrl+Return)</source>
        <translation>Den Befehl in einer neuen Sandbox ausführen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>Sto&amp;ppen</translation>
    </message>
    <message>
        <source>Stop the sandbox of this tab (Ctrl+.)</source>
        <translation>Die Sandbox dieses Tabs stoppen (Strg+.)</translation>
    </message>
    <message>
        <source>New tab (Ctrl+T)</source>
        <translation>Neuer Tab (Strg+T)</translation>
    </message>
    <message>
        <source>Command:</source>
        <translation>Befehl:</translation>
    </message>
    <message>
        <source>Run &amp;on:</source>
        <translation>Ausführen a&amp;uf:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Ready. Runtime: %1</source>
        <translation>Bereit. Laufzeit: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Tab</source>
        <translation>&amp;Neuer Tab</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>Tab &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Export Spec…</source>
        <translation>Spezifikation &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>E&amp;instellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>Aus&amp;führen</translation>
    </message>
    <message>
        <source>Send &amp;EOF</source>
        <translation>&amp;EOF senden</translation>
    </message>
    <message>
        <source>Close the sandbox&apos;s standard input</source>
        <translation>Die Standardeingabe der Sandbox schließen</translation>
    </message>
    <message>
        <source>&amp;Copy sandbox-run Command Line</source>
        <translation>sandbox-run-Befehlszeile &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Sandbox Studio</source>
        <translation>Ü&amp;ber Sandbox Studio</translation>
    </message>
    <message>
        <source>command: %1</source>
        <translation>command: %1</translation>
    </message>
    <message>
        <source>command: enter a command to run</source>
        <translation>command: Geben Sie einen auszuführenden Befehl ein</translation>
    </message>
    <message>
        <source>Run on: %1</source>
        <translation>Ausführen auf: %1</translation>
    </message>
    <message>
        <source>Copied the sandbox-run command line.</source>
        <translation>Die sandbox-run-Befehlszeile wurde kopiert.</translation>
    </message>
    <message>
        <source>Export spec</source>
        <translation>Spezifikation exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Settings saved; they take effect the next time Sandbox Studio starts.</source>
        <translation>Einstellungen gespeichert; sie werden beim nächsten Start von Sandbox Studio wirksam.</translation>
    </message>
    <message>
        <source>Image and packages</source>
        <translation>Image und Pakete</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Interactive terminal (&amp;PTY)</source>
        <translation>Interaktives &amp;Terminal (PTY)</translation>
    </message>
    <message>
        <source>Run with a terminal, for shells, editors and REPLs: keys go to the sandbox as typed and the terminal&apos;s size follows the view</source>
        <translation>Mit einem Terminal ausführen, für Shells, Editoren und REPLs: Tastendrücke gehen unverändert an die Sandbox und die Größe des Terminals folgt der Ansicht</translation>
    </message>
    <message>
        <source>&amp;Volumes…</source>
        <translation>&amp;Volumes…</translation>
    </message>
    <message>
        <source>Interactive terminal: runs on a cluster have none; turn it off or run on this computer</source>
        <translation>Interaktives Terminal: Läufe auf einem Cluster haben keines; schalten Sie es aus oder führen Sie auf diesem Computer aus</translation>
    </message>
</context>
<context>
    <name>ui::MountsEditor</name>
    <message>
        <source>Host path</source>
        <translation>Host-Pfad</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a host directory or file</source>
        <translation>Ein Verzeichnis oder eine Datei des Hosts wählen</translation>
    </message>
    <message>
        <source>&amp;Directory…</source>
        <translation>&amp;Verzeichnis…</translation>
    </message>
    <message>
        <source>Mount a directory</source>
        <translation>Ein Verzeichnis einhängen</translation>
    </message>
    <message>
        <source>&amp;File…</source>
        <translation>&amp;Datei…</translation>
    </message>
    <message>
        <source>Mount a file</source>
        <translation>Eine Datei einhängen</translation>
    </message>
    <message>
        <source>Path in the sandbox, e.g. /data</source>
        <translation>Pfad in der Sandbox, z. B. /data</translation>
    </message>
    <message>
        <source>Add &amp;Mount</source>
        <translation>Einhän&amp;gung hinzufügen</translation>
    </message>
    <message>
        <source>Show a host file or directory inside the sandbox, read-only</source>
        <translation>Eine Datei oder ein Verzeichnis des Hosts schreibgeschützt in der Sandbox zeigen</translation>
    </message>
    <message>
        <source>Host files and directories, read-only in the sandbox.</source>
        <translation>Dateien und Verzeichnisse des Hosts, schreibgeschützt in der Sandbox.</translation>
    </message>
    <message>
        <source>Mounts</source>
        <translation>Einhängungen</translation>
    </message>
    <message>
        <source>choose a host path</source>
        <translation>Wählen Sie einen Host-Pfad</translation>
    </message>
    <message>
        <source>the host path &quot;%1&quot; is relative; it must start with /</source>
        <translation>Der Host-Pfad &quot;%1&quot; ist relativ; er muss mit / beginnen</translation>
    </message>
    <message>
        <source>%1 does not exist on this computer</source>
        <translation>%1 existiert auf diesem Computer nicht</translation>
    </message>
    <message>
        <source>%1 is already used by row %2</source>
        <translation>%1 wird bereits von Zeile %2 verwendet</translation>
    </message>
</context>
<context>
    <name>ui::PasteSourcePage</name>
    <message>
        <source>The code is saved under this name in the sandbox&apos;s working directory</source>
        <translation>Der Code wird unter diesem Namen im Arbeitsverzeichnis der Sandbox gespeichert</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>Paste or type code here</source>
        <translation>Code hier einfügen oder eingeben</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>file name: enter a name for the pasted code, e.g. main.py</source>
        <translation>Dateiname: Geben Sie einen Namen für den eingefügten Code ein, z. B. main.py</translation>
    </message>
    <message>
        <source>file name: &quot;%1&quot; must be a plain file name, without folders</source>
        <translation>Dateiname: &quot;%1&quot; muss ein einfacher Dateiname ohne Ordner sein</translation>
    </message>
    <message>
        <source>cannot save the code to %1: %2</source>
        <translation>Der Code kann nicht in %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>ui::RepositoryImageOffer</name>
    <message>
        <source>From the cloned repository:</source>
        <translation>Aus dem geklonten Repository:</translation>
    </message>
    <message>
        <source>Dockerfile in this repository</source>
        <translation>Dockerfile in diesem Repository</translation>
    </message>
    <message>
        <source>Build the image from the repository&apos;s Dockerfile (buildah), with the repository as its context</source>
        <translation>Das Image aus dem Dockerfile des Repositorys bauen (buildah), mit dem Repository als Kontext</translation>
    </message>
    <message>
        <source>Add a step that installs what this file lists; it is rebuilt when the file changes</source>
        <translation>Einen Schritt hinzufügen, der installiert, was diese Datei aufführt; er wird neu gebaut, wenn sich die Datei ändert</translation>
    </message>
    <message>
        <source>Add pyproject.toml dependencies</source>
        <translation>Abhängigkeiten aus pyproject.toml hinzufügen</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>ui::ResourcesPanel</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Any one</source>
        <translation>Eine beliebige</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Grenze</translation>
    </message>
    <message numerus="yes">
        <source>CPU cores the sandbox may use (this computer has %n)</source>
        <translation>
            <numerusform>CPU-Kerne, die die Sandbox nutzen darf (dieser Computer hat %n)</numerusform>
            <numerusform>CPU-Kerne, die die Sandbox nutzen darf (dieser Computer hat %n)</numerusform>
        </translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Memory limit (this computer has %1 MiB; at least %2 MiB)</source>
        <translation>Speichergrenze (dieser Computer hat %1 MiB; mindestens %2 MiB)</translation>
    </message>
    <message>
        <source>Memory limit (at least %1 MiB)</source>
        <translation>Speichergrenze (mindestens %1 MiB)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>The run is stopped after this long</source>
        <translation>Der Lauf wird nach dieser Zeit gestoppt</translation>
    </message>
    <message>
        <source>Block network access</source>
        <translation>Netzwerkzugriff sperren</translation>
    </message>
    <message>
        <source>&amp;GPU:</source>
        <translation>&amp;GPU:</translation>
    </message>
    <message>
        <source>&amp;CPU cores:</source>
        <translation>&amp;CPU-Kerne:</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>Spe&amp;icher:</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitüberschreitung:</translation>
    </message>
    <message>
        <source>Default (%1 MiB)</source>
        <translation>Standard (%1 MiB)</translation>
    </message>
    <message>
        <source>How much the sandbox may write to its file system and to /tmp, each (at least %1 MiB); a full one gives &quot;No space left on device&quot; inside</source>
        <translation>Wie viel die Sandbox jeweils in ihr Dateisystem und nach /tmp schreiben darf (mindestens %1 MiB); ist es voll, meldet sie „No space left on device“</translation>
    </message>
    <message>
        <source>&amp;Disk:</source>
        <translation>Schreib&amp;platz:</translation>
    </message>
</context>
<context>
    <name>ui::RunOnSelector</name>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>Clusters could not be read: %1</source>
        <translation>Cluster konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation>Cluster %1</translation>
    </message>
    <message>
        <source>Runs on this computer. Add clusters with `sandbox-run clusters add`.</source>
        <translation>Läuft auf diesem Computer. Fügen Sie Cluster mit `sandbox-run clusters add` hinzu.</translation>
    </message>
    <message>
        <source>Where the sandbox runs: this computer or a Slurm cluster</source>
        <translation>Wo die Sandbox läuft: dieser Computer oder ein Slurm-Cluster</translation>
    </message>
</context>
<context>
    <name>ui::RunTab</name>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>preparing</source>
        <translation>wird vorbereitet</translation>
    </message>
    <message numerus="yes">
        <source>Preparing the image: %n step(s) on %1…</source>
        <translation>
            <numerusform>Image wird vorbereitet: %n Schritt auf %1…</numerusform>
            <numerusform>Image wird vorbereitet: %n Schritte auf %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the %1 image (first use, about a minute)…</source>
        <translation>Image %1 wird vorbereitet (erste Verwendung, etwa eine Minute)…</translation>
    </message>
    <message>
        <source>Preparing the %1 image…</source>
        <translation>Image %1 wird vorbereitet…</translation>
    </message>
    <message>
        <source>Preparing the %1 image: %2</source>
        <translation>Image %1 wird vorbereitet: %2</translation>
    </message>
    <message>
        <source>could not prepare the image: %1</source>
        <translation>Das Image konnte nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>Running in sandbox %1 (%2)</source>
        <translation>Läuft in Sandbox %1 (%2)</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>Running in sandbox %1</source>
        <translation>Läuft in Sandbox %1</translation>
    </message>
    <message>
        <source>Cluster %1: %2</source>
        <translation>Cluster %1: %2</translation>
    </message>
    <message>
        <source>Cluster %1, job %2: %3</source>
        <translation>Cluster %1, Job %2: %3</translation>
    </message>
    <message>
        <source>submitting</source>
        <translation>wird übermittelt</translation>
    </message>
    <message>
        <source>Submitting to cluster %1…</source>
        <translation>Wird an Cluster %1 übermittelt…</translation>
    </message>
    <message>
        <source>Failed to start: %1</source>
        <translation>Start fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Finished: exit code %1 (%2), job %3</source>
        <translation>Beendet: Exit-Code %1 (%2), Job %3</translation>
    </message>
    <message>
        <source>Finished: exit code %1 (%2; %3)</source>
        <translation>Beendet: Exit-Code %1 (%2; %3)</translation>
    </message>
    <message>
        <source>Finished: exit code %1 (%2)</source>
        <translation>Beendet: Exit-Code %1 (%2)</translation>
    </message>
    <message>
        <source>exit %1</source>
        <translation>Exit %1</translation>
    </message>
    <message>
        <source>[end of input sent]</source>
        <translation>[Ende der Eingabe gesendet]</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>CPU %1%</source>
        <translation>CPU %1%</translation>
    </message>
    <message>
        <source>Memory %1</source>
        <translation>Speicher %1</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Files are shown for runs on this computer only.</source>
        <translation>Dateien werden nur für Läufe auf diesem Computer angezeigt.</translation>
    </message>
    <message>
        <source>No files yet: the sandbox is starting.</source>
        <translation>Noch keine Dateien: Die Sandbox startet.</translation>
    </message>
    <message>
        <source>No changes yet: the sandbox is starting.</source>
        <translation>Noch keine Änderungen: Die Sandbox startet.</translation>
    </message>
</context>
<context>
    <name>ui::SandboxView</name>
    <message>
        <source>The sandbox did not start, so it has no files.</source>
        <translation>Die Sandbox ist nicht gestartet und hat daher keine Dateien.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s files are gone.</source>
        <translation>Die Dateien der Sandbox sind nicht mehr vorhanden.</translation>
    </message>
</context>
<context>
    <name>ui::SecretEditorDialog</name>
    <message>
        <source>VARIABLE</source>
        <translation>VARIABLE</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>New Secret</source>
        <translation>Neues Geheimnis</translation>
    </message>
    <message>
        <source>e.g. github-token</source>
        <translation>z. B. github-token</translation>
    </message>
    <message>
        <source>&amp;Add Variable</source>
        <translation>Variable &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Show &amp;values</source>
        <translation>&amp;Werte anzeigen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Environment variables the sandbox gets:</source>
        <translation>Umgebungsvariablen, die die Sandbox erhält:</translation>
    </message>
    <message>
        <source>Edit Secret %1</source>
        <translation>Geheimnis %1 bearbeiten</translation>
    </message>
    <message>
        <source>Name: enter a name for the secret</source>
        <translation>Name: Geben Sie einen Namen für das Geheimnis ein</translation>
    </message>
    <message>
        <source>Name: &quot;%1&quot; is not a valid secret name (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;; at most 64)</source>
        <translation>Name: &quot;%1&quot; ist kein gültiger Geheimnisname (Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;; höchstens 64)</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variablen</translation>
    </message>
    <message>
        <source>enter the variable&apos;s name</source>
        <translation>Geben Sie den Namen der Variablen ein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid variable name (letters, digits, &apos;_&apos;; not starting with a digit)</source>
        <translation>&quot;%1&quot; ist kein gültiger Variablenname (Buchstaben, Ziffern, &apos;_&apos;; nicht mit einer Ziffer beginnend)</translation>
    </message>
    <message>
        <source>%1 is set twice</source>
        <translation>%1 ist doppelt gesetzt</translation>
    </message>
    <message>
        <source>Variables: add at least one KEY=value</source>
        <translation>Variablen: Fügen Sie mindestens ein KEY=value hinzu</translation>
    </message>
    <message>
        <source>Name: a secret named %1 exists already; edit it instead</source>
        <translation>Name: Ein Geheimnis namens %1 existiert bereits; bearbeiten Sie stattdessen dieses</translation>
    </message>
</context>
<context>
    <name>ui::SecretsPanel</name>
    <message>
        <source>Checked secrets reach the sandbox as environment variables</source>
        <translation>Ausgewählte Geheimnisse gelangen als Umgebungsvariablen in die Sandbox</translation>
    </message>
    <message>
        <source>Ne&amp;w…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Bea&amp;rbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu la&amp;den</translation>
    </message>
    <message>
        <source>Read the secrets&apos; names from the keyring again</source>
        <translation>Die Namen der Geheimnisse erneut aus dem Schlüsselbund lesen</translation>
    </message>
    <message>
        <source>The keyring is unavailable, so no secrets can be listed or stored: %1</source>
        <translation>Der Schlüsselbund ist nicht verfügbar, daher können keine Geheimnisse aufgelistet oder gespeichert werden: %1</translation>
    </message>
    <message>
        <source>No stored secrets yet: New… adds one to the keyring.</source>
        <translation>Noch keine gespeicherten Geheimnisse: Neu… fügt eines zum Schlüsselbund hinzu.</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
    <message>
        <source>Saved the secret %1 in the keyring.</source>
        <translation>Das Geheimnis %1 wurde im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Delete secret</source>
        <translation>Geheimnis löschen</translation>
    </message>
    <message>
        <source>Delete the secret %1 from the keyring? Runs that name it will fail to start.</source>
        <translation>Das Geheimnis %1 aus dem Schlüsselbund löschen? Läufe, die es nennen, werden nicht starten.</translation>
    </message>
    <message>
        <source>Deleted the secret %1.</source>
        <translation>Das Geheimnis %1 wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>default: ~/.local/share/sandbox-studio</source>
        <translation>Standard: ~/.local/share/sandbox-studio</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation>Datenverzeichnis</translation>
    </message>
    <message>
        <source>default: the image&apos;s pip configuration</source>
        <translation>Standard: die pip-Konfiguration des Images</translation>
    </message>
    <message>
        <source>OCI &amp;runtime:</source>
        <translation>OCI-&amp;Laufzeit:</translation>
    </message>
    <message>
        <source>&amp;Data directory:</source>
        <translation>&amp;Datenverzeichnis:</translation>
    </message>
    <message>
        <source>Default &amp;image:</source>
        <translation>Standard-&amp;Image:</translation>
    </message>
    <message>
        <source>&amp;Package index:</source>
        <translation>&amp;Paketindex:</translation>
    </message>
    <message>
        <source>Changes take effect the next time Sandbox Studio starts.</source>
        <translation>Änderungen werden beim nächsten Start von Sandbox Studio wirksam.</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>S&amp;torage</source>
        <translation>&amp;Speicher</translation>
    </message>
</context>
<context>
    <name>ui::SourcePanel</name>
    <message>
        <source>&amp;Paste code</source>
        <translation>Code &amp;einfügen</translation>
    </message>
    <message>
        <source>Clone &amp;repository</source>
        <translation>&amp;Repository klonen</translation>
    </message>
    <message>
        <source>source: the repository is still being cloned</source>
        <translation>source: Das Repository wird noch geklont</translation>
    </message>
    <message>
        <source>source: clone the repository first, or switch to Paste code</source>
        <translation>source: Klonen Sie zuerst das Repository oder wechseln Sie zu Code einfügen</translation>
    </message>
    <message>
        <source>source: cannot create a directory for the pasted code: %1</source>
        <translation>source: Für den eingefügten Code kann kein Verzeichnis erstellt werden: %1</translation>
    </message>
</context>
<context>
    <name>ui::StoragePage</name>
    <message>
        <source>What Sandbox Studio keeps on this computer. Removing an image, a clone or the history frees space; they are made again when needed.</source>
        <translation>Was Sandbox Studio auf diesem Computer speichert. Das Entfernen eines Images, eines Klons oder des Verlaufs gibt Speicherplatz frei; sie werden bei Bedarf neu erstellt.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ak&amp;tualisieren</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>keyring</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>Secrets: %1</source>
        <translation>Geheimnisse: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove %1 (%2)? This cannot be undone.</source>
        <translation>%1 (%2) entfernen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 wurde entfernt.</translation>
    </message>
</context>
<context>
    <name>ui::VolumesBrowser</name>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ak&amp;tualisieren</translation>
    </message>
    <message>
        <source>Volumes on:</source>
        <translation>Volumes auf:</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Speichern unter…</translation>
    </message>
    <message>
        <source>&amp;Upload…</source>
        <translation>&amp;Hochladen…</translation>
    </message>
    <message>
        <source>Select a file and press View.</source>
        <translation>Wählen Sie eine Datei und klicken Sie auf Anzeigen.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation>Cluster %1</translation>
    </message>
    <message>
        <source>no cluster named %1</source>
        <translation>Kein Cluster namens %1</translation>
    </message>
    <message>
        <source>cluster %1 is no longer configured</source>
        <translation>Cluster %1 ist nicht mehr eingerichtet</translation>
    </message>
    <message>
        <source>no volume named %1 here</source>
        <translation>Hier gibt es kein Volume namens %1</translation>
    </message>
    <message>
        <source>volume %1 has no %2</source>
        <translation>Volume %1 enthält kein %2</translation>
    </message>
    <message>
        <source>Created volume %1.</source>
        <translation>Volume %1 wurde angelegt.</translation>
    </message>
    <message>
        <source>Deleted volume %1.</source>
        <translation>Volume %1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>%1 is %2, too big to show here; use Save As….</source>
        <translation>%1 ist %2 groß, zu groß für die Anzeige hier; verwenden Sie Speichern unter….</translation>
    </message>
    <message>
        <source>%1 is a binary file (%2); use Save As….</source>
        <translation>%1 ist eine Binärdatei (%2); verwenden Sie Speichern unter….</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved %1 to %2.</source>
        <translation>%1 wurde in %2 gespeichert.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Uploaded %1 to %2.</source>
        <translation>%1 wurde nach %2 hochgeladen.</translation>
    </message>
    <message>
        <source>New Volume</source>
        <translation>Neues Volume</translation>
    </message>
    <message>
        <source>Name (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;):</source>
        <translation>Name (Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;):</translation>
    </message>
    <message>
        <source>Delete Volume</source>
        <translation>Volume löschen</translation>
    </message>
    <message>
        <source>Delete volume %1 and every file in it? This cannot be undone.</source>
        <translation>Volume %1 mit allen darin enthaltenen Dateien löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>%1 speichern</translation>
    </message>
    <message>
        <source>Upload to %1</source>
        <translation>Nach %1 hochladen</translation>
    </message>
    <message>
        <source>Replace File</source>
        <translation>Datei ersetzen</translation>
    </message>
    <message>
        <source>%1 exists in volume %2. Replace it?</source>
        <translation>%1 existiert bereits im Volume %2. Ersetzen?</translation>
    </message>
</context>
<context>
    <name>ui::VolumesPicker</name>
    <message>
        <source>A named volume keeps its files between runs; an ephemeral one is made for the run and removed after it</source>
        <translation>Ein benanntes Volume behält seine Dateien zwischen Läufen; ein flüchtiges wird für den Lauf angelegt und danach entfernt</translation>
    </message>
    <message>
        <source>Path in the sandbox, e.g. /cache</source>
        <translation>Pfad in der Sandbox, z. B. /cache</translation>
    </message>
    <message>
        <source>Add &amp;Volume</source>
        <translation>&amp;Volume hinzufügen</translation>
    </message>
    <message>
        <source>Mount a volume read-write in the sandbox</source>
        <translation>Ein Volume beschreibbar in der Sandbox einhängen</translation>
    </message>
    <message>
        <source>&amp;New Named Volume…</source>
        <translation>Neues &amp;benanntes Volume…</translation>
    </message>
    <message>
        <source>Create a volume that keeps its files between runs</source>
        <translation>Ein Volume anlegen, das seine Dateien zwischen Läufen behält</translation>
    </message>
    <message>
        <source>Read-write storage: named volumes keep their files between runs; ephemeral ones are removed when the run ends.</source>
        <translation>Beschreibbarer Speicher: Benannte Volumes behalten ihre Dateien zwischen Läufen; flüchtige werden am Ende des Laufs entfernt.</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
    <message>
        <source>Ephemeral</source>
        <translation>Flüchtig</translation>
    </message>
    <message>
        <source>New named volume</source>
        <translation>Neues benanntes Volume</translation>
    </message>
    <message>
        <source>Name (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;):</source>
        <translation>Name (Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;):</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>no volume named %1 (create it with New Named Volume…)</source>
        <translation>Kein Volume namens %1 (anlegen mit Neues benanntes Volume…)</translation>
    </message>
    <message>
        <source>%1 is already used by row %2</source>
        <translation>%1 wird bereits von Zeile %2 verwendet</translation>
    </message>
    <message>
        <source>%1 is already used by a host mount</source>
        <translation>%1 wird bereits von einer Host-Einhängung verwendet</translation>
    </message>
</context>
</TS>
