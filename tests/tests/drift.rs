//! Drift: the generated docs agree with `errdocs export`, and every kind of edit a writer
//! makes to a page either fails the build with the right diagnostic or changes behaviour.

mod support;

use support::{FixtureCrate, page, workspace};

/// Status, gRPC code, retry flag and doc URL of every `ErrorDoc` equal the exported JSON (the golden
/// file, itself checked against `errdocs export` by the CLI tests).
#[test]
fn generated_docs_equal_the_export() {
    let export: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(workspace().join("tests/golden/export.json")).unwrap(),
    )
    .unwrap();
    let entries = export["errors"].as_array().unwrap();
    assert_eq!(entries.len(), errdocs_tests::expanded::ERRORS.len());
    for (entry, doc) in entries.iter().zip(errdocs_tests::expanded::ERRORS.iter()) {
        assert_eq!(entry["code"], doc.code);
        assert_eq!(entry["status"], doc.status);
        assert_eq!(entry["grpc_code"], doc.grpc_code);
        assert_eq!(
            entry["retry"]["retryable"], doc.retry.retryable,
            "{}",
            doc.code
        );
        assert_eq!(entry["retry"]["advice"], doc.retry.advice);
        assert_eq!(entry["doc_url"], doc.doc_url);
        assert_eq!(entry["summary"], doc.summary);
        assert_eq!(entry["source_path"], doc.source_path);
    }
}

const MAIN: &str = r#"use errdocs::ApiError as _;

#[derive(Debug, thiserror::Error, errdocs::ApiError)]
enum AppError {
    #[error("teapot")]
    Teapot,
    #[error("gone")]
    Gone,
}

fn main() {
    for e in [AppError::Teapot, AppError::Gone] {
        println!("{} {} {} {}", e.code(), e.status().as_u16(), e.is_retryable(), e.doc().related().to_vec().join(","));
    }
}
"#;

/// One kind of edit: what it does to the pages, and what must follow.
struct Mutation {
    name: &'static str,
    edit: fn(&FixtureCrate),
    expect: Expect,
}

enum Expect {
    /// The build fails and the compiler's output contains this.
    BuildFails(&'static str),
    /// The program runs and prints this.
    Prints(&'static str),
}

fn mutations() -> Vec<Mutation> {
    vec![
        Mutation {
            name: "change a status",
            edit: |k| {
                k.edit("teapot", |t| {
                    t.replace("`418 I'm a teapot`", "`421 Misdirected Request`")
                        .replace("HTTP 418", "HTTP 421")
                })
            },
            expect: Expect::Prints("teapot 421 false gone\ngone 410 false \n"),
        },
        Mutation {
            name: "flip a retry flag",
            edit: |k| {
                k.edit("gone", |t| {
                    t.replace("| **Retry?** | No |", "| **Retry?** | Yes — try later. |")
                })
            },
            expect: Expect::Prints("teapot 418 false gone\ngone 410 true \n"),
        },
        Mutation {
            name: "rename a code",
            edit: |k| {
                k.edit("gone", |t| {
                    t.replace("`gone`", "`gone_forever`")
                        .replace("# gone", "# gone_forever")
                        .replace("\"code\": \"gone\"", "\"code\": \"gone_forever\"")
                })
            },
            expect: Expect::BuildFails("no page in `docs` documents the error code `gone`"),
        },
        Mutation {
            name: "break a Related link",
            edit: |k| k.edit("teapot", |t| t.replace("(/errors/gone)", "(/errors/gon)")),
            expect: Expect::BuildFails("link to `/errors/gon` names no page of the catalog"),
        },
        Mutation {
            name: "edit the example's code",
            edit: |k| {
                k.edit("teapot", |t| {
                    t.replace("\"code\": \"teapot\"", "\"code\": \"tea_pot\"")
                })
            },
            expect: Expect::BuildFails("the example's `code` is \"tea_pot\", expected \"teapot\""),
        },
        Mutation {
            name: "edit the example's doc_url",
            edit: |k| {
                k.edit("gone", |t| {
                    t.replace(
                        "https://example.com/errors/gone",
                        "https://example.com/errors/gone2",
                    )
                })
            },
            expect: Expect::BuildFails(
                "the example's `doc_url` is \"https://example.com/errors/gone2\"",
            ),
        },
        Mutation {
            name: "misspell the reason phrase",
            edit: |k| k.edit("gone", |t| t.replace("410 Gone", "410 Went")),
            expect: Expect::BuildFails("`Went` is not the reason phrase of status 410"),
        },
        Mutation {
            name: "give two pages one code",
            edit: |k| {
                k.edit("gone", |t| {
                    t.replace("| **Code** | `gone` |", "| **Code** | `teapot` |")
                })
            },
            expect: Expect::BuildFails("the H1 `gone` disagrees with the code `teapot`"),
        },
        Mutation {
            name: "copy a page without renaming it",
            edit: |k| {
                k.page(
                    "teapot_copy",
                    &page("teapot", "418 I'm a teapot", "No", &[])
                        .replace("errors/teapot\"", "errors/teapot_copy\""),
                )
            },
            expect: Expect::BuildFails("code `teapot` is used by two pages"),
        },
        Mutation {
            name: "delete a page",
            edit: |k| std::fs::remove_file(k.dir.join("docs/gone.md")).unwrap(),
            expect: Expect::BuildFails("link to `/errors/gone` names no page of the catalog"),
        },
    ]
}

#[test]
fn every_kind_of_page_edit_is_caught() {
    let mut caught = Vec::new();
    let mut missed = Vec::new();
    for (i, m) in mutations().into_iter().enumerate() {
        let krate = FixtureCrate::new(&format!("drift-{i}"), MAIN);
        krate.page(
            "teapot",
            &page("teapot", "418 I'm a teapot", "No", &["gone"]),
        );
        krate.page("gone", &page("gone", "410 Gone", "No", &[]));
        if i == 0 {
            assert_eq!(
                krate.run().unwrap(),
                "teapot 418 false gone\ngone 410 false \n"
            );
        }
        (m.edit)(&krate);
        let result = krate.run();
        let ok = match (&m.expect, &result) {
            (Expect::Prints(want), Ok(out)) => out == want,
            (Expect::BuildFails(want), Err(stderr)) => stderr.contains(want),
            _ => false,
        };
        if ok {
            caught.push(m.name);
        } else {
            missed.push(format!("{}: {result:?}", m.name));
        }
    }
    println!(
        "mutation kinds caught: {} of {}",
        caught.len(),
        caught.len() + missed.len()
    );
    assert!(missed.is_empty(), "missed:\n{}", missed.join("\n"));
}
