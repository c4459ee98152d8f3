//! Procedural macro entry points of errdocs.
