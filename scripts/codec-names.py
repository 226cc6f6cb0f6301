#!/usr/bin/env python3
"""Writes pyrt's table of CPython 3.12's codec names (src/value/methods/codec_names.rs): every
alias of `encodings.aliases` with the module it names, and every codec module with whether it is
a text encoding. The runtime implements only a few codecs; the table lets it tell a codec CPython
has (refused loudly, or a "not a text encoding" LookupError) from a name CPython does not know
(LookupError: unknown encoding), as `codecs.lookup` does.

Run with CPython 3.12:
    /root/.pyenv/versions/3.12.1/bin/python3 scripts/codec-names.py
"""
import codecs
import encodings
import encodings.aliases
import pathlib
import pkgutil

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "transpiler-agent/src/main/resources/pyrt/src/value/methods/codec_names.rs"


def modules():
    found = {}
    for m in pkgutil.iter_modules(encodings.__path__):
        try:
            found[m.name] = codecs.lookup(m.name)._is_text_encoding
        except LookupError:
            pass  # not a codec on this platform (mbcs, oem) or not a codec at all (aliases)
    return found


def main():
    mods = modules()
    aliases = sorted((k, v) for k, v in encodings.aliases.aliases.items() if v in mods)
    lines = [
        "//! CPython 3.12's codec names, written by scripts/codec-names.py (do not edit by hand).",
        "",
        "/// `encodings.aliases.aliases`: normalized alias, codec module.",
        "pub const ALIASES: &[(&str, &str)] = &[",
    ]
    lines += [f'    ("{k}", "{v}"),' for k, v in aliases]
    lines += ["];", "", "/// The codec modules of `encodings`: name, whether it is a text encoding.",
              "pub const MODULES: &[(&str, bool)] = &["]
    lines += [f'    ("{k}", {str(v).lower()}),' for k, v in sorted(mods.items())]
    lines += ["];", ""]
    OUT.write_text("\n".join(lines))


if __name__ == "__main__":
    main()
