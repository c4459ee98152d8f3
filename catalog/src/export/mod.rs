//! Exports of a catalog for other tools: JSON, OpenAPI, llms.txt, Python and TypeScript.

mod json;

pub use json::{JsonEntry, to_json};
