//! Status rules that servers, clients and the generated SDK modules share.

/// Whether an error is worth retrying when its page does not say: a 5xx or a `429`, and
/// nothing else.
///
/// This is the rule for codes a client does not know (a newer server, a proxy's error page)
/// and for pages whose retry flag is unstated. The Rust client, the generated Python module
/// and the generated TypeScript module all apply it.
///
/// ```
/// use errdocs_wire::retryable_by_status;
/// assert!(retryable_by_status(503));
/// assert!(retryable_by_status(429));
/// assert!(!retryable_by_status(404));
/// assert!(!retryable_by_status(600));
/// ```
pub const fn retryable_by_status(status: u16) -> bool {
    status == 429 || (status >= 500 && status <= 599)
}
