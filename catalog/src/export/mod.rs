//! Exports of a catalog for other tools: JSON, OpenAPI, llms.txt, Python and TypeScript.

mod json;
mod llms;
mod openapi;
mod python;
mod typescript;

pub use json::{JsonEntry, to_json};
pub use llms::to_llms_txt;
pub use openapi::to_openapi;
pub use python::to_python;
pub use typescript::to_typescript;
