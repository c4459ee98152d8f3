#!/usr/bin/env bash
# Builds the fuzz corpora (ignored by git) from the repository's pages and the shared corpus
# beside the repository, read now and never copied into git. Run from anywhere:
#   bash fuzz/seed.sh
# parse_page: one seed per page. load_catalog: whole folders with their errdocs.toml, in the
# target's form `config \0 path \0 page \0 path \0 page ...`, cut into seeds of at most 24
# pages and 16 KiB (the fast run's -max_len), each also seeded with variant configs so the
# problem envelope and retry_default are reached. The `-large` corpora (for `run.sh large`)
# get whole folders as one page, pages repeated to 256 KiB, and folders uncut.
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p corpus/parse_page corpus/load_catalog corpus/expand_derive corpus/client_parse \
  corpus/parse_page-large corpus/load_catalog-large
python3 - <<'PY'
import hashlib, os, pathlib

repo = pathlib.Path("..")
shared = repo / ".." / "shared" / "corpus"
PAGE_EXT = (".md", ".mdx", ".markdoc")
MAX_PAGES, MAX_BYTES = 24, 16 * 1024

def save(target, data):
    name = hashlib.sha1(data).hexdigest()
    (pathlib.Path("corpus") / target / name).write_bytes(data)

def pages_of(folder):
    out = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and path.name != "errdocs.toml" and not path.name.endswith(".stderr"):
            out.append((path.relative_to(folder).as_posix(), path.read_bytes()))
    return out

def config_of(folder, stop):
    for d in [folder, *folder.parents]:
        if (d / "errdocs.toml").is_file():
            return (d / "errdocs.toml").read_bytes()
        if d == stop:
            break
    return b""

def folder_seeds(pages, config):
    chunk, size = [], 0
    for rel, text in pages:
        if chunk and (len(chunk) == MAX_PAGES or size + len(text) > MAX_BYTES):
            yield chunk
            chunk, size = [], 0
        chunk.append((rel, text))
        size += len(text) + len(rel) + 2
    if chunk:
        yield chunk

VARIANTS = [
    b"",
    b'envelope = "problem"\n',
    b"retry_default = true\n",
    b'doc_url = "https://docs.example.com/{code}"\nretry_default = false\n',
]

def seed_folder(folder, stop):
    pages = pages_of(folder)
    if not pages:
        return 0
    n = 0
    for config in [config_of(folder, stop), *VARIANTS]:
        for chunk in folder_seeds(pages, config):
            fields = [config]
            for rel, text in chunk:
                fields += [rel.encode(), text]
            save("load_catalog", b"\0".join(fields))
            n += 1
    for _, text in pages:
        save("parse_page", text)
    # for `run.sh large`: the folder's pages as one page, each page repeated to 256 KiB,
    # and the folder uncut
    save("parse_page-large", b"\n".join(text for _, text in pages))
    for _, text in pages:
        if text:
            save("parse_page-large", text * (256 * 1024 // len(text) + 1))
    fields = [config_of(folder, stop)]
    for rel, text in pages[:MAX_PAGES]:
        fields += [rel.encode(), text]
    save("load_catalog-large", b"\0".join(fields))
    return n

folders = [repo / "docs" / "errors"]
bad = repo / "tests" / "fixtures" / "bad"
folders += sorted(p for p in bad.iterdir() if p.is_dir())
if shared.is_dir():
    folders += sorted(p for p in shared.iterdir() if p.is_dir())
else:
    print(f"note: {shared} not found, seeding without the shared corpus")
n = sum(seed_folder(f, repo) for f in folders)
for target in ("parse_page", "load_catalog", "parse_page-large", "load_catalog-large"):
    print(f"{target}: {len(os.listdir(pathlib.Path('corpus') / target))} seeds")
PY
