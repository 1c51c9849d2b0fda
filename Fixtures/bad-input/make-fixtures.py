#!/usr/bin/env python3
"""Regenerates the fixtures in encodings/ and corpus/ from encodings/source.txt (UTF-8, NFC).

Each legacy file is source.txt written in that encoding with the tables of
Sources/VNText/Resources/encodings/ (Windows-1258 with Python's codec, letters it lacks written as
base letter + combining tone, as Windows does). The mojibake files are source.txt's UTF-8 bytes
read as Windows-1252 (undefined bytes as C1 controls, as browsers do) or Latin-1 and saved as UTF-8.

    python3 Fixtures/bad-input/make-fixtures.py
"""
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
TABLES = os.path.join(HERE, "..", "..", "Sources", "VNText", "Resources", "encodings")
OUT = os.path.join(HERE, "encodings")


def rows(name):
    with open(os.path.join(TABLES, name), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                yield line.split("\t")


def byte_encoder(name):
    table = {ch: bytes([int(h, 16)]) for h, ch in rows(name)}
    def encode(text):
        out = bytearray()
        for ch in text:
            if ch in table:
                out += table[ch]
            elif ord(ch) < 0x80:
                out += ch.encode("ascii")
            else:
                raise ValueError(f"{name}: no byte for {ch!r}")
        return bytes(out)
    return encode


def vni_encode(text):
    table = {ch: seq.encode("cp1252") for seq, ch in rows("vni.tsv")}
    out = bytearray()
    for ch in text:
        out += table[ch] if ch in table else ch.encode("ascii")
    return bytes(out)


def cp1258_encode(text):
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            d = unicodedata.normalize("NFD", ch)
            tones = "\u0300\u0301\u0303\u0309\u0323"
            tone = "".join(c for c in d if c in tones)
            base = unicodedata.normalize("NFC", "".join(c for c in d if c not in tones))
            out += base.encode("cp1258") + tone.encode("cp1258")
    return bytes(out)


def viqr_encode(text):
    marks = dict((ch, m) for m, ch in rows("viqr.tsv") if len(m) == 1)
    literal = set(marks.values())
    out = []
    prev_vowel = False
    for ch in text:
        if ch in "đĐ":
            out.append("dd" if ch == "đ" else "DD")
            prev_vowel = False
            continue
        d = unicodedata.normalize("NFD", ch)
        base, rest = d[0], d[1:]
        if ch in literal and prev_vowel:
            out.append("\\" + ch)
            prev_vowel = False
            continue
        shape = "".join(marks[c] for c in rest if c in "\u0306\u0302\u031b")
        tone = "".join(marks[c] for c in rest if c not in "\u0306\u0302\u031b")
        out.append(base + shape + tone)
        prev_vowel = base.lower() in "aeiouy"
    return "".join(out).encode("ascii")


def cp1252_view(data, latin1=False):
    chars = []
    for b in data:
        if latin1 or b < 0x80 or b >= 0xA0:
            chars.append(chr(b))
        else:
            try:
                chars.append(bytes([b]).decode("cp1252"))
            except UnicodeDecodeError:
                chars.append(chr(b))
    return "".join(chars)


def main():
    with open(os.path.join(OUT, "source.txt"), encoding="utf-8") as f:
        source = unicodedata.normalize("NFC", f.read())

    def retag(text, name):
        return text.replace("id: vi-bad-source", f"id: vi-bad-{name}", 1)

    def write(name, data):
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(data)

    write("cp1258.txt", cp1258_encode(retag(source, "cp1258")))
    write("vni.txt", vni_encode(retag(source, "vni")))
    write("tcvn3.txt", byte_encoder("tcvn3.tsv")(retag(source, "tcvn3")))
    write("viscii.txt", byte_encoder("viscii.tsv")(retag(source, "viscii")))
    # URLs stay as they are (a VIQR reader leaves them alone).
    write("viqr.txt", b"\n".join(line.encode("ascii") if line.startswith("url:") else viqr_encode(line)
                                  for line in retag(source, "viqr").split("\n")))
    # Legacy text shown as Windows-1252 and saved as UTF-8.
    write("vni-shown-as-cp1252.txt", cp1252_view(vni_encode(retag(source, "vni-shown"))).encode("utf-8"))
    write("tcvn3-shown-as-cp1252.txt", cp1252_view(byte_encoder("tcvn3.tsv")(retag(source, "tcvn3-shown"))).encode("utf-8"))
    # Mojibake: UTF-8 read as Windows-1252 (once, twice) or Latin-1, saved again as UTF-8.
    once = cp1252_view(retag(source, "mojibake").encode("utf-8"))
    write("mojibake.txt", once.encode("utf-8"))
    write("mojibake-twice.txt", cp1252_view(cp1252_view(retag(source, "mojibake-twice").encode("utf-8")).encode("utf-8")).encode("utf-8"))
    write("mojibake-latin1.txt", cp1252_view(retag(source, "mojibake-latin1").encode("utf-8"), latin1=True).encode("utf-8"))
    # Mojibake in the body's second paragraph only; the rest is correct.
    paragraphs = retag(source, "mojibake-mixed").split("\n\n")
    paragraphs[1] = cp1252_view(paragraphs[1].encode("utf-8"))
    write("mojibake-mixed.txt", "\n\n".join(paragraphs).encode("utf-8"))
    # Neither UTF-8 nor Vietnamese: Chinese in GB2312.
    chinese = "---\nid: zh-bad-gb2312\n---\n越南总理范明政3月20日在河内会见日本企业代表团。双方就清洁能源、数字化转型、城市铁路和人力资源培训等领域的合作交换了意见。\n"
    write("unknown-gb2312.txt", chinese.encode("gb2312"))

    corpus(source)


def corpus(source):
    """The corpus problems: one file (or JSON line) per problem CorpusReader must report."""
    out = os.path.join(HERE, "corpus")

    def write(name, data):
        with open(os.path.join(out, name), "wb") as f:
            f.write(data if isinstance(data, bytes) else data.encode("utf-8"))

    body = source.split("---\n", 2)[2]
    english = ("Prime Minister Pham Minh Chinh received a delegation of Japanese businesses in Hanoi on Thursday. "
               "The two sides discussed cooperation in clean energy, digital transformation and urban railways, "
               "and the leader asked the firms to expand their investment in the country.\n")

    def article(id, lang, text, extra=""):
        tag = f"lang: {lang}\n" if lang else ""
        return f"---\nid: {id}\n{tag}{extra}---\n{text}"

    write("binary.txt", bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]))
    write("control-bytes.txt", article("vi-bad-controls", "vi", body[:200]).encode("utf-8") + bytes(range(1, 9)) * 3)
    write("empty.txt", b"")
    write("near-empty.txt", article("vi-bad-near-empty", "vi", "Hà Nội, chiều 20/3.\n"))
    write("duplicate-a.txt", article("vi-bad-duplicate", "vi", body))
    write("duplicate-b.txt", article("vi-bad-duplicate", "vi", body))
    write("unknown-language-tag.txt", article("fr-bad-tag", "fr", english))
    write("undetectable-language.txt", article("xx-bad-undetectable", None,
          "Der Bundeskanzler empfing am Montag eine Delegation aus Vietnam. Beide Seiten sprachen über Handel, "
          "Energie und Bildung sowie über neue Projekte für erneuerbare Energie, Eisenbahnen und Häfen im Norden.\n"))
    write("oversized.txt", article("en-bad-oversized", "en", english * 12))
    write("unclosed-front-matter.txt", "---\nid: en-bad-unclosed\nlang: en\n" + english)
    write("data.csv", "id,text\n1,not an article\n")
    import json
    vni_line = vni_encode(json.dumps({"id": "vi-bad-jsonl-vni", "lang": "vi", "text": body}, ensure_ascii=False))
    lines = [
        json.dumps({"id": "en-bad-jsonl-good", "lang": "en", "text": english}).encode(),
        b'{"id": "en-bad-jsonl-broken", "text": ',
        b'["an", "array"]',
        json.dumps({"lang": "en", "text": english}).encode(),
        json.dumps({"id": "en-bad-jsonl-no-text", "lang": "en"}).encode(),
        "{\"id\": \"zh-bad-jsonl\", \"text\": \"越南总理范明政会见日本企业代表团\"}".encode("gb2312"),
        vni_line,
        json.dumps({"id": "vi-bad-jsonl-mojibake", "lang": "vi", "text": cp1252_view(body.encode("utf-8"))}, ensure_ascii=False).encode(),
        b"",
        json.dumps({"id": "vi-bad-jsonl-short", "lang": "vi", "text": "Hà Nội."}, ensure_ascii=False).encode(),
    ]
    write("feed.jsonl", b"\n".join(lines) + b"\n")


if __name__ == "__main__":
    main()
