//! Code generation for errdocs: turns a parsed catalog into Rust tokens.
