//! Retries by the docs' retry flags: [`RetryPolicy`], and what an operation may fail with.

use std::convert::Infallible;
use std::fmt;
use std::future::Future;
use std::time::{Duration, Instant};

use super::ApiFailure;
use crate::CatalogCode;

/// The default cap on a server's `Retry-After` (60 s): a longer wait stops the retries.
pub const DEFAULT_MAX_RETRY_AFTER: Duration = Duration::from_secs(60);

/// What [`RetryPolicy`] needs to know about a failure: whether retrying may help, and how
/// long the server asked to wait.
///
/// Implemented for [`ApiFailure`] (the page's retry flag, or [`super::default_retryable`]),
/// [`Failure`], [`std::io::Error`] (connection refused, reset, aborted, timed out, …) and,
/// with the `reqwest` feature, `reqwest::Error` (connect, timeout, request and body errors,
/// not builder, redirect, decode or status errors). Implement it for another transport's
/// error to retry that transport too.
pub trait Retryable {
    /// Whether the same call may succeed later.
    fn is_retryable(&self) -> bool;

    /// How long the server asked to wait before the next call, if it did.
    fn retry_after(&self) -> Option<Duration> {
        None
    }
}

impl<C: CatalogCode> Retryable for ApiFailure<C> {
    fn is_retryable(&self) -> bool {
        ApiFailure::is_retryable(self)
    }

    fn retry_after(&self) -> Option<Duration> {
        self.retry_after
    }
}

impl Retryable for std::io::Error {
    fn is_retryable(&self) -> bool {
        use std::io::ErrorKind::*;
        matches!(
            self.kind(),
            ConnectionRefused
                | ConnectionReset
                | ConnectionAborted
                | NotConnected
                | BrokenPipe
                | TimedOut
                | Interrupted
                | UnexpectedEof
                | WouldBlock
        )
    }
}

impl Retryable for Infallible {
    fn is_retryable(&self) -> bool {
        match *self {}
    }
}

/// A call that failed: the API answered with an error, or no answer came (`E`: the
/// transport's error, e.g. `reqwest::Error` or `std::io::Error`).
///
/// `?` converts both an [`ApiFailure`] and, for `Failure<C, reqwest::Error>` or
/// `Failure<C, std::io::Error>`, the transport error.
#[derive(Debug)]
pub enum Failure<C, E = Infallible> {
    /// The API answered with an error response.
    Api(ApiFailure<C>),
    /// No response came: connection refused, timeout, reset, …
    Transport(E),
}

impl<C, E> Failure<C, E> {
    /// The API's failure, if the API answered.
    pub fn api(&self) -> Option<&ApiFailure<C>> {
        match self {
            Failure::Api(failure) => Some(failure),
            Failure::Transport(_) => None,
        }
    }
}

impl<C: CatalogCode, E: Retryable> Retryable for Failure<C, E> {
    fn is_retryable(&self) -> bool {
        match self {
            Failure::Api(failure) => failure.is_retryable(),
            Failure::Transport(error) => error.is_retryable(),
        }
    }

    fn retry_after(&self) -> Option<Duration> {
        match self {
            Failure::Api(failure) => failure.retry_after,
            Failure::Transport(error) => error.retry_after(),
        }
    }
}

impl<C, E: fmt::Display> fmt::Display for Failure<C, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Failure::Api(failure) => failure.fmt(f),
            Failure::Transport(error) => write!(f, "no response: {error}"),
        }
    }
}

impl<C: fmt::Debug, E: std::error::Error + 'static> std::error::Error for Failure<C, E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Failure::Api(_) => None,
            Failure::Transport(error) => Some(error),
        }
    }
}

impl<C, E> From<ApiFailure<C>> for Failure<C, E> {
    fn from(failure: ApiFailure<C>) -> Self {
        Failure::Api(failure)
    }
}

impl<C> From<std::io::Error> for Failure<C, std::io::Error> {
    fn from(error: std::io::Error) -> Self {
        Failure::Transport(error)
    }
}

/// When and how often to retry a failed call.
///
/// Only failures whose page says `Retry? Yes` are retried (unknown codes: 5xx and 429, see
/// [`super::default_retryable`]), and transport errors that may pass ([`Retryable`]). The
/// delay doubles from `base_delay` up to `max_delay`, with full jitter, and is never shorter
/// than the server's `Retry-After`. A `Retry-After` longer than `max_retry_after` (default
/// 60 s) stops the retries at once, as does a wait that would overrun the optional `budget`.
///
/// ```
/// # errdocs::catalog!("../docs/errors");
/// use std::time::Duration;
/// let policy = errdocs::client::RetryPolicy::default().max_attempts(3).jitter(false);
/// let busy = errdocs::client::parse::<ErrorCode>(503, &http::HeaderMap::new(), b"{\"code\":\"service_unavailable\"}");
/// assert_eq!(policy.delay(1, &busy), Some(Duration::from_millis(200)));
/// assert_eq!(policy.delay(3, &busy), None); // out of attempts
/// let denied = errdocs::client::parse::<ErrorCode>(403, &http::HeaderMap::new(), b"{\"code\":\"forbidden\"}");
/// assert_eq!(policy.delay(1, &denied), None); // the docs say: do not retry
/// let mut headers = http::HeaderMap::new();
/// headers.insert("retry-after", "86400".parse().unwrap());
/// let later = errdocs::client::parse::<ErrorCode>(503, &headers, b"");
/// assert_eq!(policy.delay(1, &later), None); // a day is past the 60 s cap
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    max_attempts: u32,
    base_delay: Duration,
    max_delay: Duration,
    max_retry_after: Duration,
    budget: Option<Duration>,
    jitter: bool,
}

impl Default for RetryPolicy {
    fn default() -> RetryPolicy {
        RetryPolicy {
            max_attempts: 4,
            base_delay: Duration::from_millis(200),
            max_delay: Duration::from_secs(30),
            max_retry_after: DEFAULT_MAX_RETRY_AFTER,
            budget: None,
            jitter: true,
        }
    }
}

impl RetryPolicy {
    /// How many attempts in all, the first included (default 4).
    pub fn max_attempts(mut self, n: u32) -> RetryPolicy {
        self.max_attempts = n.max(1);
        self
    }

    /// The delay before the first retry (default 200 ms).
    pub fn base_delay(mut self, delay: Duration) -> RetryPolicy {
        self.base_delay = delay;
        self
    }

    /// The longest computed delay (default 30 s); `Retry-After` may ask for more, up to
    /// [`max_retry_after`](Self::max_retry_after).
    pub fn max_delay(mut self, delay: Duration) -> RetryPolicy {
        self.max_delay = delay;
        self
    }

    /// The longest `Retry-After` the policy waits for (default
    /// [`DEFAULT_MAX_RETRY_AFTER`], 60 s); past it the policy gives up at once and returns
    /// the failure, instead of sleeping.
    pub fn max_retry_after(mut self, cap: Duration) -> RetryPolicy {
        self.max_retry_after = cap;
        self
    }

    /// A time budget for a whole [`run`](Self::run) (default none): a wait that would end
    /// past it is not started, and the last failure is returned.
    pub fn budget(mut self, budget: Duration) -> RetryPolicy {
        self.budget = Some(budget);
        self
    }

    /// Randomize each delay between zero and its computed value (default on).
    pub fn jitter(mut self, on: bool) -> RetryPolicy {
        self.jitter = on;
        self
    }

    /// The delay before retrying after `attempt` (1 = the first call) failed with
    /// `failure`, or `None` to give up. Never panics, whatever the numbers.
    pub fn delay<F: Retryable + ?Sized>(&self, attempt: u32, failure: &F) -> Option<Duration> {
        if attempt >= self.max_attempts || !failure.is_retryable() {
            return None;
        }
        let server = failure.retry_after();
        if server.is_some_and(|wait| wait > self.max_retry_after) {
            return None;
        }
        let doublings = attempt.saturating_sub(1).min(20);
        let mut delay = self
            .base_delay
            .saturating_mul(1u32 << doublings)
            .min(self.max_delay);
        if self.jitter {
            let scaled = Duration::try_from_secs_f64(delay.as_secs_f64() * random_unit());
            delay = scaled.map_or(delay, |d| d.min(delay));
        }
        Some(server.map_or(delay, |server| delay.max(server)))
    }

    /// Calls `op` until it succeeds, fails for good, or attempts (or the budget) run out,
    /// sleeping with `sleep` (e.g. `tokio::time::sleep`) between attempts.
    ///
    /// `op` fails with an [`ApiFailure`], a [`Failure`] (API failure or transport error), or
    /// any other [`Retryable`] error; every one is retried by the same backoff.
    ///
    /// ```
    /// # errdocs::catalog!("../docs/errors");
    /// use errdocs::client::{Failure, RetryPolicy};
    /// # tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(async {
    /// let mut calls = 0;
    /// let result = RetryPolicy::default()
    ///     .run(
    ///         || {
    ///             calls += 1;
    ///             let outcome: Result<u32, Failure<ErrorCode, std::io::Error>> = if calls == 1 {
    ///                 Err(std::io::Error::from(std::io::ErrorKind::ConnectionRefused).into())
    ///             } else {
    ///                 Ok(calls)
    ///             };
    ///             async move { outcome }
    ///         },
    ///         |_| async {}, // `tokio::time::sleep` in real code
    ///     )
    ///     .await;
    /// assert_eq!(result.unwrap(), 2);
    /// # });
    /// ```
    pub async fn run<T, F, Op, Fut, Sleep, SleepFut>(
        &self,
        mut op: Op,
        mut sleep: Sleep,
    ) -> Result<T, F>
    where
        F: Retryable,
        Op: FnMut() -> Fut,
        Fut: Future<Output = Result<T, F>>,
        Sleep: FnMut(Duration) -> SleepFut,
        SleepFut: Future<Output = ()>,
    {
        let start = Instant::now();
        let mut attempt: u32 = 1;
        loop {
            let failure = match op().await {
                Ok(value) => return Ok(value),
                Err(failure) => failure,
            };
            let Some(delay) = self.delay(attempt, &failure) else {
                return Err(failure);
            };
            let overrun = |budget| start.elapsed().saturating_add(delay) > budget;
            if self.budget.is_some_and(overrun) {
                return Err(failure);
            }
            sleep(delay).await;
            attempt = attempt.saturating_add(1);
        }
    }
}

/// A number in [0, 1) from a fresh UUID's random bits (no extra RNG dependency): its low
/// 53 bits, below the fixed version and variant bits.
fn random_unit() -> f64 {
    let bits = uuid::Uuid::new_v4().as_u128() & ((1u128 << 53) - 1);
    bits as f64 / (1u64 << 53) as f64
}
