#!/usr/bin/env python3
"""Writes sandbox-run's man page: a hand-written template whose @OPTIONS@
is filled from the program's own --help, so no option goes undocumented."""
import re
import subprocess
import sys


def roff_escape(text):
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return re.sub(r"^([.'])", r"\\&\1", text, flags=re.M)


def options_from_help(program):
    help_text = subprocess.run([program, "--help"], capture_output=True, text=True,
                               check=True, env={"LANG": "C.UTF-8", "LANGUAGE": "en"}).stdout
    entries, current = [], None
    in_options = False
    for line in help_text.splitlines():
        if line.strip() == "Options:":
            in_options = True
            continue
        if in_options and line.strip() == "":
            in_options = False
        if not in_options:
            continue
        match = re.match(r"^  (-\S.*?)(?:\s{2,}(.*))?$", line)
        if match:
            current = [match.group(1).strip(), (match.group(2) or "").strip()]
            entries.append(current)
        elif current is not None:
            current[1] = (current[1] + " " + line.strip()).strip()
    out = []
    for flags, description in entries:
        out.append(".TP\n.B " + roff_escape(flags) + "\n" + roff_escape(description))
    return "\n".join(out)


def main():
    program, template, output, version = sys.argv[1:5]
    with open(template, encoding="utf-8") as f:
        page = f.read()
    page = page.replace("@VERSION@", version).replace("@OPTIONS@", options_from_help(program))
    with open(output, "w", encoding="utf-8") as f:
        f.write(page)


if __name__ == "__main__":
    main()
