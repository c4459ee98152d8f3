//! `#[api_error(…)]` arguments on the type, the variants and the fields.

use proc_macro2::Span;
use syn::{Attribute, Ident, LitInt, LitStr};

use errdocs_catalog::Envelope;

use super::ctxt::Ctxt;

/// Arguments allowed on the type.
const TYPE_KEYS: &[&str] = &[
    "docs",
    "exhaustive",
    "display",
    "envelope",
    "code",
    "status",
    "detail",
];
/// Arguments allowed on a variant.
const VARIANT_KEYS: &[&str] = &["code", "status", "detail"];

/// `#[api_error(…)]` on the enum or struct.
#[derive(Default)]
pub(crate) struct TypeAttrs {
    pub docs: Option<LitStr>,
    pub exhaustive: Option<Ident>,
    pub display: Option<Ident>,
    pub envelope: Option<(Envelope, LitStr)>,
    /// On a struct: its code, status and detail.
    pub item: ItemAttrs,
}

/// `#[api_error(code = "…", status = N, detail = "…")]` on a variant (or a struct).
#[derive(Default)]
pub(crate) struct ItemAttrs {
    pub code: Option<LitStr>,
    pub status: Option<LitInt>,
    pub detail: Option<LitStr>,
}

fn is_ours(attr: &Attribute) -> bool {
    attr.path().is_ident("api_error")
}

fn unknown(key: &Ident, allowed: &[&str], place: &str) -> syn::Error {
    let name = key.to_string();
    let suggestion = errdocs_catalog::suggest(&name, allowed.iter().copied());
    let list = allowed
        .iter()
        .map(|a| format!("`{a}`"))
        .collect::<Vec<_>>()
        .join(", ");
    let message = match suggestion {
        Some(s) => {
            format!("unknown `api_error` argument `{name}` on {place}; did you mean `{s}`?")
        }
        None => format!("unknown `api_error` argument `{name}` on {place}; expected one of {list}"),
    };
    syn::Error::new(key.span(), message)
}

/// The string value of `key = "…"`, with a message showing the expected form.
fn string(
    meta: &syn::meta::ParseNestedMeta<'_>,
    key: &Ident,
    example: &str,
) -> syn::Result<LitStr> {
    meta.value()?
        .parse::<LitStr>()
        .map_err(|e| syn::Error::new(e.span(), format!("`{key}` takes a string: `{example}`")))
}

fn set_once<T>(slot: &mut Option<T>, value: T, key: &Ident) -> syn::Result<()> {
    if slot.is_some() {
        return Err(syn::Error::new(
            key.span(),
            format!("duplicate `api_error` argument `{key}`"),
        ));
    }
    *slot = Some(value);
    Ok(())
}

/// The type's arguments, as far as they parse; every error goes to `cx`.
pub(crate) fn type_attrs(cx: &Ctxt, attrs: &[Attribute], is_struct: bool) -> TypeAttrs {
    let mut out = TypeAttrs::default();
    for attr in attrs.iter().filter(|a| is_ours(a)) {
        let result = attr.parse_nested_meta(|meta| {
            let key = meta.path.require_ident()?.clone();
            match key.to_string().as_str() {
                "docs" => set_once(&mut out.docs, string(&meta, &key, "docs = \"docs/errors\"")?, &key),
                "exhaustive" => set_once(&mut out.exhaustive, key.clone(), &key),
                "display" => set_once(&mut out.display, key.clone(), &key),
                "envelope" => {
                    let lit = string(&meta, &key, "envelope = \"problem\"")?;
                    let envelope = match lit.value().as_str() {
                        "errdocs" => Envelope::Errdocs,
                        "problem" => Envelope::Problem,
                        other => {
                            return Err(syn::Error::new(
                                lit.span(),
                                format!("unknown envelope `{other}`; expected `\"errdocs\"` or `\"problem\"`"),
                            ));
                        }
                    };
                    set_once(&mut out.envelope, (envelope, lit), &key)
                }
                "code" | "status" | "detail" if is_struct => item_key(&mut out.item, &key, &meta),
                "code" | "status" | "detail" => Err(syn::Error::new(
                    key.span(),
                    format!("`{key}` belongs on a variant, not on the enum"),
                )),
                _ => Err(unknown(&key, TYPE_KEYS, "the type")),
            }
        });
        if let Err(e) = result {
            cx.syn_error(e);
        }
    }
    out
}

fn item_key(
    out: &mut ItemAttrs,
    key: &Ident,
    meta: &syn::meta::ParseNestedMeta<'_>,
) -> syn::Result<()> {
    match key.to_string().as_str() {
        "code" => {
            let lit = string(meta, key, "code = \"forbidden\"")?;
            set_once(&mut out.code, lit, key)
        }
        "status" => {
            let value = meta.value()?;
            let lit: LitInt = value.parse().map_err(|e| {
                syn::Error::new(e.span(), "`status` takes a number: `status = 404`")
            })?;
            match lit.base10_parse::<u16>() {
                Ok(n) if (400..=599).contains(&n) => {}
                _ => {
                    return Err(syn::Error::new(
                        lit.span(),
                        format!(
                            "status {} is not an error status; expected 400–599",
                            lit.base10_digits()
                        ),
                    ));
                }
            }
            set_once(&mut out.status, lit, key)
        }
        _ => {
            let lit = string(meta, key, "detail = \"missing scope `{scope}`\"")?;
            set_once(&mut out.detail, lit, key)
        }
    }
}

/// A variant's arguments, as far as they parse; every error goes to `cx`.
pub(crate) fn variant_attrs(cx: &Ctxt, attrs: &[Attribute]) -> ItemAttrs {
    let mut out = ItemAttrs::default();
    for attr in attrs.iter().filter(|a| is_ours(a)) {
        let result = attr.parse_nested_meta(|meta| {
            let key = meta.path.require_ident()?.clone();
            match key.to_string().as_str() {
                "code" | "status" | "detail" => item_key(&mut out, &key, &meta),
                "docs" | "exhaustive" | "display" | "envelope" => Err(syn::Error::new(
                    key.span(),
                    format!("`{key}` belongs on the type, not on a variant"),
                )),
                _ => Err(unknown(&key, VARIANT_KEYS, "a variant")),
            }
        });
        if let Err(e) = result {
            cx.syn_error(e);
        }
    }
    out
}

/// Whether the field carries `#[api_error(retry_after)]`; the span of that word. Errors go
/// to `cx`.
pub(crate) fn field_retry_after(cx: &Ctxt, attrs: &[Attribute]) -> Option<Span> {
    let mut found = None;
    for attr in attrs.iter().filter(|a| is_ours(a)) {
        let result = attr.parse_nested_meta(|meta| {
            let key = meta.path.require_ident()?;
            if key == "retry_after" {
                if found.is_some() {
                    return Err(syn::Error::new(key.span(), "duplicate `api_error` argument `retry_after`"));
                }
                found = Some(key.span());
                Ok(())
            } else if key == "body" {
                // Read by `members::body_fields`.
                if meta.input.peek(syn::Token![=]) {
                    let _: syn::Expr = meta.value()?.parse()?;
                }
                Ok(())
            } else {
                Err(syn::Error::new(
                    key.span(),
                    format!("unknown `api_error` argument `{key}` on a field; expected `retry_after` or `body`"),
                ))
            }
        });
        if let Err(e) = result {
            cx.syn_error(e);
            // Stop at the first broken attribute, as before.
            break;
        }
    }
    found
}
