//! Checks of the derive input against the catalog; every error is collected.

use std::collections::BTreeMap;

use errdocs_catalog::{Catalog, Diagnostic, Page};

use super::ast::{Input, Item};
use super::ctxt::Ctxt;
use super::template::member_name;

/// The page of each item, in the order of `input.items` (those found); errors go to `cx`.
pub(crate) fn check<'c>(cx: &Ctxt, input: &Input<'_>, catalog: &'c Catalog) -> Vec<&'c Page> {
    let mut pages = Vec::new();
    for item in &input.items {
        match page_of(input, item, catalog) {
            Ok(page) => {
                for e in [
                    check_not_retired(input, item, page).err(),
                    check_status(input, item, page).err(),
                    check_source_not_shown(item, page).err(),
                    check_retry_after_documented(item, page).err(),
                ]
                .into_iter()
                .flatten()
                {
                    cx.syn_error(e);
                }
                pages.push(page);
            }
            Err(e) => cx.syn_error(e),
        }
    }
    check_unique(cx, input);
    if let Err(e) = check_exhaustive(input, catalog) {
        cx.syn_error(e);
    }
    pages
}

/// `path:line:col` of a range of a page.
fn location(page: &Page, range: std::ops::Range<usize>) -> String {
    Diagnostic::at_span(&page.display_path, &page.markdown, range, "").location()
}

/// Each item's code must name a page; a typo gets the closest code as a suggestion.
fn page_of<'c>(input: &Input<'_>, item: &Item<'_>, catalog: &'c Catalog) -> syn::Result<&'c Page> {
    let (code, span) = item.code(input.item_attrs(item));
    // The house rule, or the catalog's `[read]` `code_pattern` (numeric codes of a table).
    if !catalog.config.read.accepts_code(&code) {
        return Err(syn::Error::new(
            span,
            format!("`{code}` is not a valid error code; codes match `[a-z][a-z0-9_]*`"),
        ));
    }
    if let Some(page) = catalog.page(&code) {
        return Ok(page);
    }
    let root = &catalog.display_root;
    let suggestion = errdocs_catalog::suggest(&code, catalog.pages.iter().map(|p| p.code.as_str()));
    let hint = match suggestion {
        Some(s) => format!("; did you mean `{s}`?"),
        None => format!("; add a page `{root}/{code}.md` or set `#[api_error(code = \"…\")]`"),
    };
    Err(syn::Error::new(
        span,
        format!("no page in `{root}` documents the error code `{code}`{hint}"),
    ))
}

/// A retired code can no longer be produced: its page is a tombstone.
fn check_not_retired(input: &Input<'_>, item: &Item<'_>, page: &Page) -> syn::Result<()> {
    let Some(retired) = &page.retired else {
        return Ok(());
    };
    let (code, span) = item.code(input.item_attrs(item));
    let instead = match &retired.replacement {
        Some(other) => format!("; use `{other}` instead"),
        None => "; the page names no replacement".to_owned(),
    };
    Err(syn::Error::new(
        span,
        format!(
            "the error code `{code}` is retired: {} retired it on {}{instead}",
            location(page, page.spans.retired.clone()),
            retired.since
        ),
    ))
}

/// A status restated in code must be the page's: the page decides, the code may only agree.
fn check_status(input: &Input<'_>, item: &Item<'_>, page: &Page) -> syn::Result<()> {
    let Some(lit) = &input.item_attrs(item).status else {
        return Ok(());
    };
    let status: u16 = lit.base10_parse()?;
    if status == page.status {
        return Ok(());
    }
    Err(syn::Error::new(
        lit.span(),
        format!(
            "status {status} disagrees with the page: {} says `{} {}` for `{}`",
            location(page, page.spans.status.clone()),
            page.status,
            page.title,
            page.code
        ),
    ))
}

/// Two items with one code would make the code ambiguous when parsed back.
fn check_unique(cx: &Ctxt, input: &Input<'_>) {
    let mut first: BTreeMap<String, &Item<'_>> = BTreeMap::new();
    for item in &input.items {
        let (code, span) = item.code(input.item_attrs(item));
        if let Some(other) = first.get(&code) {
            cx.error(
                span,
                format!(
                    "`{}` and `{}` both claim the error code `{code}`",
                    other.name, item.name
                ),
            );
        } else {
            first.insert(code, item);
        }
    }
}

/// With `exhaustive`, every page of the catalog needs a variant.
fn check_exhaustive(input: &Input<'_>, catalog: &Catalog) -> syn::Result<()> {
    let Some(word) = &input.attrs.exhaustive else {
        return Ok(());
    };
    let claimed: Vec<String> = input
        .items
        .iter()
        .map(|i| i.code(input.item_attrs(i)).0)
        .collect();
    let missing: Vec<String> = catalog
        .pages
        .iter()
        // A retired code has no variant: it can no longer be produced.
        .filter(|p| p.retired.is_none() && !claimed.contains(&p.code))
        .map(|p| format!("`{}` ({})", p.code, p.display_path))
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    Err(syn::Error::new(
        word.span(),
        format!(
            "`exhaustive`: {} page{} of the catalog {} no variant: {}",
            missing.len(),
            errdocs_catalog::plural(missing.len()),
            if missing.len() == 1 { "has" } else { "have" },
            missing.join(", ")
        ),
    ))
}

/// A 5xx body never shows the source (it may hold paths, queries, credentials): a 5xx
/// `detail` may not name the `#[source]`/`#[from]` field.
fn check_source_not_shown(item: &Item<'_>, page: &Page) -> syn::Result<()> {
    let Some(detail) = &item.detail else {
        return Ok(());
    };
    if page.status < 500 {
        return Ok(());
    }
    let Some(source) = detail
        .members
        .iter()
        .find(|m| item.fields.iter().any(|f| f.source && f.member == **m))
    else {
        return Ok(());
    };
    Err(syn::Error::new(
        detail.lit.span(),
        format!(
            "the `detail` of `{}` names its source `{{{}}}`, but `{}` is a {} error and a 5xx body never shows the source\n\n\
             = help: the source can hold internal text (paths, queries, credentials) that the client must not see; \
             log it on the server (the error's `source()` chain) and keep `detail` to what the client may read, \
             or drop `detail` to send the page's summary",
            item.name,
            member_name(source),
            page.code,
            page.status,
        ),
    ))
}

/// `retry_after` sends `Retry-After`; the page must then say the error is retryable.
fn check_retry_after_documented(item: &Item<'_>, page: &Page) -> syn::Result<()> {
    let Some(retry) = item.fields.iter().find_map(|f| f.retry_after.as_ref()) else {
        return Ok(());
    };
    if page.retry.retryable {
        return Ok(());
    }
    Err(syn::Error::new(
        retry.word,
        format!(
            "`retry_after` on `{}` sends `Retry-After`, but {} says `Retry? No` for `{}`; \
             make the page say `Retry? Yes` or remove `retry_after`",
            item.name,
            location(page, page.spans.retry.clone()),
            page.code,
        ),
    ))
}
