//! Runtime support of errdocs: the `ApiError` trait, error documentation and response bodies.
