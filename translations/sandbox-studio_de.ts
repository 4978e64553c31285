<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>sandbox</name>
    <message>
        <source>--mount: &quot;%1&quot; is not of the form SRC:DST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--volume: &quot;%1&quot; is not of the form NAME:PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cpu: &quot;%1&quot; is not a number of cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--memory: &quot;%1&quot; is not a whole number of MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each entry must be KEY=VALUE; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cpu: %1 cores asked for, but this machine has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cpu limit not enforced: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory: %1 MiB asked for, but this machine has %2 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory limit not enforced: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mounts: %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volumes: no volume named %1 (create it with: sandbox-run volumes create %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network: pasta (Debian package passt) is not installed; install it or block the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out on cluster %1 (job %2); the sandbox was killed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory on cluster %1 (job %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sandbox-run clusters list
       sandbox-run clusters add NAME [--ssh [USER@]HOST] [--port N] [--identity FILE]
              [--known-hosts FILE] [--partition NAME] [--shared-path DIR]
              [--node-sandbox-run PATH] [--node-data-dir DIR] [--cpus N]
              [--memory MIB] [--startup-minutes N] [--max-time MINUTES]
       sandbox-run clusters rm NAME
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clusters add: give exactly one cluster name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clusters: unknown command &quot;%1&quot;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clusters rm: give exactly one cluster name
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clusters rm: no cluster named &quot;%1&quot;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--spec: no spec on the first line of stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--spec: cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--spec: not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--spec: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a normalised absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is reserved for the sandbox&apos;s own %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot mount over the root directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpu: %1 is not a GPU count between 1 and 64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpu: &quot;%1&quot; is not &quot;any&quot;, a count or a list of device ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mounts: the source &quot;%1&quot; is not an absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volumes: &quot;%1&quot; is not a valid volume name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mounts: two mounts or volumes at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secrets: &quot;%1&quot; is not a valid secret name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secrets: %1 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cpu: %1 is not a positive number of cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cpu: %1 cores is below the smallest limit of 0.01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cpu: %1 cores is absurd (at most %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory: %1 MiB is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory: %1 MiB is below the smallest limit of %2 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mounts: must be an array of {&quot;source&quot;, &quot;target&quot;} objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be an object of container path -&gt; volume name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the volume for %2 must be a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpu: device ids must be strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpu: must be null, &quot;any&quot;, a count or a list of device ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secrets: must be an array of secret names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cpu: must be a number of cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory: must be a whole number of MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block_network: must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history: cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sandbox-run</name>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tty: stdin and stdout must be a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out after %1 s; the sandbox was killed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory: the sandbox hit its %1 MiB limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sandbox::Backend</name>
    <message>
        <source>no local engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cluster named &quot;%1&quot; in %2 (add one with `sandbox-run clusters add`)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sandbox::CdiRegistry</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2; nvidia-ctk cdi generate --format=json writes JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not a CDI spec: no &quot;vendor/class&quot; kind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpu: %1 needs the device node %2, which is not on this host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpu: %1 needs %2 mounted, which is not on this host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpu: a GPU was asked for, but no CDI spec in %1 describes one (on NVIDIA machines: nvidia-ctk cdi generate --format=json --output=/etc/cdi/nvidia.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpu: %1 GPUs asked for, but this machine has %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpu: no GPU &quot;%1&quot; on this machine (there are: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sandbox::ClusterConfig</name>
    <message>
        <source>name: &quot;%1&quot; is not a valid cluster name (letters, digits, . _ -; up to 64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sshHost: &quot;%1&quot; is not a valid host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sshPort: %1 is not a port number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sshUser: &quot;%1&quot; is not a valid user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partition: &quot;%1&quot; is not a valid partition name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; contains a comma or a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nodeSandboxRun: &quot;%1&quot; is not a program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>defaultCpus: %1 is less than 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>defaultMemoryMiB: %1 is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>startupMinutes: %1 is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maxTimeMinutes: %1 is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster: unknown key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mode: &quot;%1&quot; is neither local-slurm nor ssh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sandbox::ClusterStore</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object with a &quot;clusters&quot; array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; is defined twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sandbox::Container</name>
    <message>
        <source>cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot mount the sandbox&apos;s file system (overlayfs): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the container config: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data directory&apos;s path is too long for the terminal socket: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set up the sandbox&apos;s descriptors: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the OCI runtime %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the OCI runtime %1 failed to %2 the container: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the OCI runtime did not hand over the terminal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot receive the terminal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the OCI runtime sent no terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the container has already been given a command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command: too long (%1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot pass the command to the sandbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sandbox::Engine</name>
    <message>
        <source>engine: sandbox-init was not found (looked next to this program, in ../libexec/sandbox-studio and at $SANDBOX_STUDIO_INIT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engine: cannot create the directory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image: %1 is not built yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot lock %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sandbox::GitClone</name>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authentication failed for %1: check the user and token, or the keys loaded in ssh-agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TLS certificate of %1 is not trusted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host key of %1 is not trusted: add the server to ~/.ssh/known_hosts (connect once with ssh and check its fingerprint) and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>branch &quot;%1&quot; not found in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repository not found at %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server of %1 refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot clone %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cloning cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a clone is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a local repository cannot be cloned shallow; cloning its full history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destination: cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sandbox::GitCloneRequest</name>
    <message>
        <source>URL: enter the address of the repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL: &quot;%1&quot; is not a git URL (use https://, ssh://, git://, file:// or a path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>branch: &quot;%1&quot; is not a valid branch name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>depth: %1 is negative; use 0 for the full history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destination: choose a folder to clone into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destination: &quot;%1&quot; is not an absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destination: %1 already exists and is not empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credentials: give both a user and a token, or neither</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sandbox::ImageBuild</name>
    <message>
        <source>Reading package lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extracting packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installing essential packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installing python3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleaning up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it took longer than %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image store: cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>debian-slim %1 (mmdebstrap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pull %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import tarball %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import directory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[step %1/%2] %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1: a layer vanished while building (pruned meanwhile?); build again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for another build of this layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no OCI runtime is available to run build steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parent layer is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot mount the build file system (overlayfs): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the build container&apos;s config: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1: step %2/%3 (%4) failed: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image store at %1 is full (no space left on device); free space or run `sandbox-run images prune`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last output:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry %1 is unreachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package index is unreachable (see --pip-index-url or PIP_INDEX_URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Debian mirror is unreachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exited with code %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1: build cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 layer %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sandbox::ImageOptions</name>
    <message>
        <source>Image base: debian-slim, debian-slim:trixie, a registry reference (localhost:5000/team/tool:1.2), a rootfs tarball or a directory (default: debian-slim).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debian suite of debian-slim: bookworm or trixie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image recipe as JSON, inline or in a file (a string or {&quot;base&quot;, &quot;steps&quot;}); later step flags add to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step: apt-get install these packages (comma separated, repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step: pip install these packages into /opt/venv (comma separated, repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pip index URL (default: $PIP_INDEX_URL, else PyPI).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extra pip index URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pip --find-links: a URL, or a directory inside the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extra pip install option, e.g. --pre (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step: run this shell command while building (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step: set an environment variable in the image (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step: the image&apos;s working directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step: copy a host file into the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SRC:DST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step: copy a host directory into the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glob left out of every --add-dir (repeatable), e.g. &apos;*.pyc&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--recipe: give the base in the recipe, not with --image or --suite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--recipe: cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--recipe: %1 is not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--recipe: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--suite: only for the debian-slim base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--image-env: &quot;%1&quot; is not of the form KEY=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not of the form SRC:/absolute/destination</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sandbox::ImageRecipe</name>
    <message>
        <source>the digest &quot;%1&quot; is not sha256:&lt;64 hex digits&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names no registry host (e.g. localhost:5000/team/tool:1.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a registry host (it needs a dot, a port, or to be localhost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid registry host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tag &quot;%1&quot; is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path component &quot;%1&quot; is not valid (lower case letters, digits, . _ -)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image: no image given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image: debian-slim: &quot;%1&quot; is not a supported Debian suite (choose %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image: &quot;%1&quot; is not a clean absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image: &quot;%1&quot; is not a known image, a path, or a valid registry reference: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image: the base &quot;%1&quot; does not match its kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (step %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image: unknown key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image: base must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image: suite is a string, and only for debian-slim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image: steps must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image: step %1 must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image: must be a string or an object with base and steps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sandbox::ImageStep</name>
    <message>
        <source>image: %1: no packages given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image: %1: &quot;%2&quot; is not a valid Debian package name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image: %1: &quot;%2&quot; is not a valid requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image: %1: &quot;%2&quot; is not an http(s) URL or an absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image: %1: extra option &quot;%2&quot; does not start with -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image: %1: no commands given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image: %1: a command is empty or contains a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image: %1: no variables given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image: %1: &quot;%2&quot; is not a valid variable name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image: %1: the value of %2 contains a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image: %1: &quot;%2&quot; is not an absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image: %1: source &quot;%2&quot; is not an absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image: %1: destination &quot;%2&quot; is not an absolute path below /</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image: %1: an ignore pattern is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image: unknown step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image: a step must have exactly one of apt_install, pip_install, run_commands, env, workdir, add_local_file, add_local_dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image: %1: unknown key &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image: %1: must be an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image: %1: index_url, extra_index_url and find_links must be strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image: %1: extra_options must be an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image: env: must be an object of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image: env: the value of %1 must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image: workdir: must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image: %1: source and destination must be strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image: %1: ignore must be an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sandbox::LayerStore</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the layer into place at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>images: no image matches &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>images: &quot;%1&quot; matches %2 images; give more of the id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>images: cannot remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sandbox::LocalBackend</name>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sandbox::LocalRun</name>
    <message>
        <source>preparing image %1 (first use, about a minute)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sandbox::OciRuntime</name>
    <message>
        <source>runtime: &quot;%1&quot; is not supported (choose runc, crun or runsc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runtime: crun does not support this host&apos;s hybrid cgroup hierarchy; use runc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runtime: no working OCI runtime found (looked for %1 on PATH); install runc</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sandbox::OutputStream</name>
    <message>
        <source>cannot spill output to disk (%1); keeping it in memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write output to disk (%1); keeping the rest in memory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sandbox::PastaNetwork</name>
    <message>
        <source>network: pasta is not installed (Debian package passt); install it or block the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network: cannot create a network namespace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network: pasta failed to start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network: cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sandbox::ResolvedImage</name>
    <message>
        <source>image: its %1 layers are more than one overlay mount can stack; merge steps (fewer run_commands, add_local_* or apt_install steps)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sandbox::Run</name>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sandbox::RunCommandLine</name>
    <message>
        <source>Runs a command in a fresh, disposable Linux sandbox and streams its output.
Usage: sandbox-run [options] -- COMMAND [ARG...]
       sandbox-run images list | build [image options] | rm ID... | prune
       sandbox-run volumes ... | secrets ... | clusters list|add|rm ...   (see the README)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working directory inside the sandbox (default: /).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set an environment variable (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kill the sandbox after this many seconds (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCI runtime: runc, crun or runsc (default: detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the sandbox spec as JSON from a file (other options add to it), or from the first line of stdin (-).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print machine-readable status lines on stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run on a configured cluster (see `clusters list`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount a host file or directory read-only (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SRC:DST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount a named volume read-write (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME:PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inject a stored secret as environment variables (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs: any, a count, or device ids (CDI).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU limit in cores (fractions allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory limit in MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network but loopback inside the sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the command a terminal (for interactive shells); needs one on stdin and stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command and its arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>images: usage: sandbox-run images list | build [image options] | rm ID... | prune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--spec -: cannot be combined with a command or image options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--spec: cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--spec: %1 is not a JSON object: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--spec: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given; usage: sandbox-run [options] -- COMMAND [ARG...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--env: &quot;%1&quot; is not of the form KEY=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout: &quot;%1&quot; is not a whole number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sandbox::RunHistory</name>
    <message>
        <source>history: cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sandbox::RunRecord</name>
    <message>
        <source>history: the record has no valid id or start time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sandbox::Sandbox</name>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secrets: the %1 runtime would need them written to disk; use runc or crun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sandbox&apos;s files are not available (not started, or discarded)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sandbox::SandboxSpec</name>
    <message>
        <source>command: no program given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command: an argument contains a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workdir: &quot;%1&quot; is not an absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workdir: contains a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>env: &quot;%1&quot; is not a valid variable name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>env: the value of %1 contains a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout: %1 s is not a positive number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout: %1 s is more than the maximum of %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spec: unknown key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command: must be an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workdir: must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>env: must be an object of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>env: the value of %1 must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout: must be a whole number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout: %1 s is out of range (1 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sandbox::SecretStore</name>
    <message>
        <source>secrets: cannot read the keyring: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secrets: &quot;%1&quot; is not a valid secret name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secrets: %1 needs at least one KEY=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secrets: %1: &quot;%2&quot; is not a valid variable name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secrets: %1: the value of %2 contains a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secrets: cannot store %1 in the keyring: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secrets: cannot update the keyring&apos;s index: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secrets: no secret named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secrets: cannot remove %1 from the keyring: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secrets: cannot read %1 from the keyring: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sandbox::ShellWords</name>
    <message>
        <source>command: unterminated %1 quote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sandbox::SlurmBackend</name>
    <message>
        <source>cluster %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sandbox::SlurmRun</name>
    <message>
        <source>the job did not end after scancel; stopping srun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scancel failed (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sandbox::Volumes</name>
    <message>
        <source>volume: &quot;%1&quot; is not a valid name (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;; at most 64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume: names starting with &quot;%1&quot; are kept for ephemeral volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume: cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume: %1 exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume: cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume: no volume named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume: cannot remove all of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume: cannot lock %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume %1: cannot list %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume %1: cannot read %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume %1: &quot;%2&quot; is not a file path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume %1: cannot create the folder %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume %1: cannot write %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume %1: cannot remove %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sandbox::cgroup</name>
    <message>
        <source>memory: cannot set the limit in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ordinary user cannot set cgroup v1 limits on this host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the memory cgroup controller is not available on this host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cpu cgroup controller (CFS quota) is not available on this host</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sandbox::files</name>
    <message>
        <source>the sandbox&apos;s files are no longer available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sandbox::imagecommands</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAYERS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed %1 unused layer(s), %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sandbox::localfiles</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image: add_local_file: %1 is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image: add_local_file: cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image: add_local_dir: %1 is not a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image: add_local_dir: cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image: cannot read the tarball %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image: %1 is not a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the link %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sandbox::oci</name>
    <message>
        <source>the pulled image has no manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pulled image&apos;s manifest lists no layers or no config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the layer %1 of the pulled image is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove the whiteout %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot mark %1 opaque: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the whiteout for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sandbox::rootless</name>
    <message>
        <source>rootless: the engine must start before any thread (it enters a user namespace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rootless: cannot create a user namespace (%1); enable unprivileged user namespaces (kernel.unprivileged_userns_clone=1) or run as root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rootless: cannot map this user into its user namespace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resource limits are not enforced: running without root, the engine has no cgroup of its own to limit sandboxes with (run as root, or on a cgroup v2 host that delegates a cgroup to this user)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sandbox::slurm</name>
    <message>
        <source>the cluster client ended abnormally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cluster client exited with code %1 before the sandbox started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sandbox::yaml</name>
    <message>
        <source>YAML line %1: only one document is supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML line %1: tabs cannot indent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sandbox::yaml::Parser</name>
    <message>
        <source>unexpected indentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;key: value&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anchors, tags and block scalars are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only simple flow collections are supported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::AppSettings</name>
    <message>
        <source>runtime: &quot;%1&quot; is not one of runc, crun or runsc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data directory: &quot;%1&quot; is not an absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package index: &quot;%1&quot; is not an http:// or https:// URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::CloneSourcePage</name>
    <message>
        <source>https://example.org/team/project.git</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many recent commits to fetch (a shallow clone); 0 fetches the full history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only for private HTTPS repositories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use keys from ssh-agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Depth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;estination:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving objects: %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking out files: %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloned into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloned into %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloning cancelled; nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::HistoryPanel</name>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the equivalent sandbox-run command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export spec…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[showing the last %1 of %2 bytes]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <source>Sandbox Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command to run in a fresh sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the command in a new sandbox (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the sandbox of this tab (Ctrl+.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tab (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready. Runtime: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Spec…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;EOF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the sandbox&apos;s standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy sandbox-run Command Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Sandbox Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Sandbox Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Sandbox Studio&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Runs code you don&apos;t fully trust in fresh, disposable Linux sandboxes.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command: enter a command to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the sandbox-run command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved; they take effect the next time Sandbox Studio starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::PasteSourcePage</name>
    <message>
        <source>The code is saved under this name in the sandbox&apos;s working directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste or type code here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file name: enter a name for the pasted code, e.g. main.py</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file name: &quot;%1&quot; must be a plain file name, without folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the code to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::ResourcesPanel</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>CPU cores the sandbox may use (this computer has %n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory limit (this computer has %1 MiB; at least %2 MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory limit (at least %1 MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run is stopped after this long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block network access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;GPU:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CPU cores:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::RunOnSelector</name>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clusters could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs on this computer. Add clusters with `sandbox-run clusters add`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the sandbox runs: this computer or a Slurm cluster</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::RunTab</name>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Preparing the image: %n step(s) on %1…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the %1 image (first use, about a minute)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the %1 image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the %1 image: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not prepare the image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running in sandbox %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running in sandbox %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster %1, job %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitting to cluster %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished: exit code %1 (%2), job %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished: exit code %1 (%2; %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished: exit code %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[end of input sent]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: ~/.local/share/sandbox-studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: the image&apos;s pip configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCI &amp;runtime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Package index:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes take effect the next time Sandbox Studio starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::SourcePanel</name>
    <message>
        <source>&amp;Paste code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone &amp;repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source: the repository is still being cloned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source: clone the repository first, or switch to Paste code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source: cannot create a directory for the pasted code: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
