//! `errdocs_build::expand_derive` on generated `#[derive(ApiError)]` input over the repository's
//! catalog and `errdocs.toml` (copied to a scratch folder, with a second small folder whose
//! pages link to missing ones): never panics, and its output always parses as Rust items.
//!
//! The input is structured (`arbitrary`): type and variant attributes, fields, `detail`
//! templates and raw token text are assembled into source text. The `docs` argument only
//! ever names one of the scratch folders, so expansion never reads outside it.
#![no_main]

mod common;

use std::fmt::Write;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use arbitrary::Arbitrary;
use errdocs_build::{Context, expand_derive};
use libfuzzer_sys::fuzz_target;
use proc_macro2::TokenStream;

/// Codes of the repository's catalog, and some that no page has.
const CODES: &[&str] = &[
    "unauthorized",
    "forbidden",
    "not_found",
    "rate_limited",
    "card_declined",
    "billing/card_declined",
    "validation_failed",
    "service_unavailable",
    "internal_error",
    "no_such_code",
    "",
    "Forbidden",
    "a-b",
];
const DOCS: &[&str] = &[
    "docs/errors",
    "docs/mini",
    "docs/missing",
    "docs/errors/",
    "docs/mini/unauthorized.md",
];
const IDENTS: &[&str] = &[
    "Unauthorized",
    "Forbidden",
    "NotFound",
    "RateLimited",
    "CardDeclined",
    "ValidationFailed",
    "ServiceUnavailable",
    "InternalError",
    "MissingScope",
    "Other",
    "AppError",
    "self_",
    "r#type",
];
const FIELDS: &[&str] = &[
    "scope", "retry", "wait", "source", "id", "0", "detail", "r#type",
];
const TYPES: &[&str] = &[
    "String",
    "u32",
    "std::time::Duration",
    "Duration",
    "Option<std::time::Duration>",
    "core::time::Duration",
    "std::io::Error",
    "Box<dyn std::error::Error + Send + Sync>",
    "()",
    "&'a str",
    "T",
    "Vec<u8>",
];
const SPECS: &[&str] = &["", ":?", ":>8", ":#?", ":x", ":.3", ":{", "}", ":0>width$"];

fn root() -> &'static PathBuf {
    static ROOT: OnceLock<PathBuf> = OnceLock::new();
    ROOT.get_or_init(|| {
        let root = common::scratch("expand_derive");
        let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        copy_dir(&repo.join("docs/errors"), &root.join("docs/errors"));
        std::fs::copy(repo.join("errdocs.toml"), root.join("errdocs.toml")).unwrap();
        let mini = root.join("docs/mini");
        std::fs::create_dir_all(&mini).unwrap();
        for page in ["unauthorized.md", "rate_limited.md"] {
            std::fs::copy(repo.join("docs/errors").join(page), mini.join(page)).unwrap();
        }
        std::fs::write(
            mini.join("errdocs.toml"),
            "envelope = \"problem\"\nretry_default = false\n",
        )
        .unwrap();
        root
    })
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let path = entry.path();
        if path.is_dir() {
            copy_dir(&path, &to.join(entry.file_name()));
        } else {
            std::fs::copy(&path, to.join(entry.file_name())).unwrap();
        }
    }
}

/// Token text the fuzzer writes itself; it may not name `docs` (see the module docs).
#[derive(Arbitrary, Debug)]
struct Raw(String);

impl Raw {
    fn text(&self) -> &str {
        if self.0.contains("docs") { "" } else { &self.0 }
    }
}

#[derive(Arbitrary, Debug)]
enum Arg {
    Docs(u8),
    Exhaustive,
    Display,
    Envelope(bool),
    EnvelopeOther(Raw),
    Code(u8),
    CodeFree(String),
    Status(u16),
    StatusRaw(Raw),
    Detail(Vec<Piece>),
    RetryAfter,
    Unknown(u8),
    Raw(Raw),
}

#[derive(Arbitrary, Debug)]
enum Piece {
    Text(String),
    Field(u8, u8),
    Open,
    Close,
}

#[derive(Arbitrary, Debug)]
enum Attr {
    /// `#[api_error(…)]`, one or several arguments.
    ApiError(Vec<Arg>),
    /// thiserror's `#[error("…")]`.
    Error(Vec<Piece>),
    Source,
    From,
    Doc(String),
    Raw(Raw),
}

#[derive(Arbitrary, Debug)]
struct Field {
    name: u8,
    ty: u8,
    attrs: Vec<Attr>,
}

#[derive(Arbitrary, Debug)]
enum Shape {
    Unit,
    Named(Vec<Field>),
    Tuple(Vec<Field>),
}

#[derive(Arbitrary, Debug)]
struct Variant {
    name: u8,
    attrs: Vec<Attr>,
    shape: Shape,
}

#[derive(Arbitrary, Debug)]
struct Input {
    is_struct: bool,
    generics: Option<Raw>,
    name: u8,
    attrs: Vec<Attr>,
    variants: Vec<Variant>,
    struct_shape: Shape,
}

fn pick<'a>(list: &[&'a str], i: u8) -> &'a str {
    list[usize::from(i) % list.len()]
}

fn string_lit(s: &str) -> String {
    format!("{s:?}")
}

fn template(pieces: &[Piece]) -> String {
    let mut out = String::new();
    for piece in pieces.iter().take(8) {
        match piece {
            Piece::Text(t) => out.push_str(t),
            Piece::Field(f, s) => {
                let _ = write!(out, "{{{}{}}}", pick(FIELDS, *f), pick(SPECS, *s));
            }
            Piece::Open => out.push('{'),
            Piece::Close => out.push('}'),
        }
    }
    out
}

fn arg(out: &mut String, arg: &Arg) {
    match arg {
        Arg::Docs(i) => {
            let _ = write!(out, "docs = {}", string_lit(pick(DOCS, *i)));
        }
        Arg::Exhaustive => out.push_str("exhaustive"),
        Arg::Display => out.push_str("display"),
        Arg::Envelope(problem) => out.push_str(if *problem {
            "envelope = \"problem\""
        } else {
            "envelope = \"errdocs\""
        }),
        Arg::EnvelopeOther(raw) => {
            let _ = write!(out, "envelope = {}", raw.text());
        }
        Arg::Code(i) => {
            let _ = write!(out, "code = {}", string_lit(pick(CODES, *i)));
        }
        Arg::CodeFree(s) => {
            let _ = write!(out, "code = {}", string_lit(s));
        }
        Arg::Status(n) => {
            let _ = write!(out, "status = {n}");
        }
        Arg::StatusRaw(raw) => {
            let _ = write!(out, "status = {}", raw.text());
        }
        Arg::Detail(pieces) => {
            let _ = write!(out, "detail = {}", string_lit(&template(pieces)));
        }
        Arg::RetryAfter => out.push_str("retry_after"),
        Arg::Unknown(i) => out.push_str(pick(
            &["cod", "statuss", "retry", "exhaustve", "r#code"],
            *i,
        )),
        Arg::Raw(raw) => out.push_str(raw.text()),
    }
}

fn attrs(out: &mut String, attrs: &[Attr]) {
    for attr in attrs.iter().take(4) {
        match attr {
            Attr::ApiError(args) => {
                out.push_str("#[api_error(");
                for (i, a) in args.iter().take(6).enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    arg(out, a);
                }
                out.push_str(")] ");
            }
            Attr::Error(pieces) => {
                let _ = write!(out, "#[error({})] ", string_lit(&template(pieces)));
            }
            Attr::Source => out.push_str("#[source] "),
            Attr::From => out.push_str("#[from] "),
            Attr::Doc(s) => {
                let _ = write!(out, "#[doc = {}] ", string_lit(s));
            }
            Attr::Raw(raw) => {
                let _ = write!(out, "#[{}] ", raw.text());
            }
        }
    }
}

fn shape(out: &mut String, shape: &Shape, is_struct: bool) {
    match shape {
        Shape::Unit => out.push_str(if is_struct { ";" } else { "" }),
        Shape::Named(fields) => {
            out.push_str(" { ");
            for f in fields.iter().take(4) {
                attrs(out, &f.attrs);
                let name = pick(FIELDS, f.name);
                let name = if name == "0" { "zero" } else { name };
                let _ = write!(out, "{name}: {}, ", pick(TYPES, f.ty));
            }
            out.push('}');
        }
        Shape::Tuple(fields) => {
            out.push('(');
            for f in fields.iter().take(4) {
                attrs(out, &f.attrs);
                let _ = write!(out, "{}, ", pick(TYPES, f.ty));
            }
            out.push(')');
            if is_struct {
                out.push(';');
            }
        }
    }
}

fn source(input: &Input) -> String {
    let mut out = String::new();
    attrs(&mut out, &input.attrs);
    let generics = input.generics.as_ref().map_or("", Raw::text);
    let name = pick(IDENTS, input.name);
    if input.is_struct {
        let _ = write!(out, "struct {name}{generics}");
        shape(&mut out, &input.struct_shape, true);
    } else {
        let _ = write!(out, "enum {name}{generics} {{ ");
        for v in input.variants.iter().take(8) {
            attrs(&mut out, &v.attrs);
            out.push_str(pick(IDENTS, v.name));
            shape(&mut out, &v.shape, false);
            out.push_str(", ");
        }
        out.push('}');
    }
    out
}

fuzz_target!(|input: Input| {
    let text = source(&input);
    let Ok(tokens) = text.parse::<TokenStream>() else {
        return;
    };
    let ctx = Context {
        manifest_dir: root().clone(),
        call_file: Some(root().join("src/lib.rs")),
        inline_markdown: false,
    };
    let output = expand_derive(tokens, &ctx);
    if let Err(e) = syn::parse2::<syn::File>(output.clone()) {
        panic!("expansion of `{text}` does not parse: {e}\n{output}");
    }
});
