//! A tonic service whose errors come from `docs/errors`, the same pages as the axum example:
//! each method of `errdocs.example.Scans` fails in a documented way, and [`ScansClient`]
//! calls it over a real connection. No `.proto` and no protoc: the methods take and return
//! a `string` (`google.protobuf.StringValue` on the wire), served by hand with
//! `tonic::server::Grpc` and prost's codec.

use std::convert::Infallible;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use tonic::{Request, Response, Status};
use tonic_prost::ProstCodec;

errdocs::catalog!("../../docs/errors");

/// The service's errors; every fact but the message comes from the pages.
#[derive(Debug, thiserror::Error, errdocs::ApiError)]
#[api_error(docs = "../../docs/errors")]
pub enum AppError {
    /// The caller lacks a scope.
    #[error("missing scope {scope}")]
    #[api_error(code = "forbidden", detail = "missing scope `{scope}`")]
    MissingScope {
        /// The scope the method needs.
        scope: String,
    },
    /// No such scan.
    #[error("no scan {0}")]
    #[api_error(code = "not_found", detail = "no scan with id `{0}`")]
    NoScan(String),
    /// Too many requests.
    #[error("rate limited")]
    #[api_error(code = "rate_limited")]
    RateLimited {
        /// How long to wait.
        #[api_error(retry_after)]
        wait: Duration,
    },
    /// Storage failed; the status shows only the page's summary.
    #[error("storage failed")]
    #[api_error(code = "internal_error")]
    Internal(#[source] std::io::Error),
}

/// The full name of the service.
pub const SERVICE: &str = "errdocs.example.Scans";

/// One method: what it answers for its argument.
async fn handle(method: &str, arg: String) -> Result<String, AppError> {
    match method {
        "Get" if arg == "1" => Ok("{\"id\":1,\"status\":\"done\"}".to_owned()),
        "Get" => Err(AppError::NoScan(arg)),
        "Delete" => Err(AppError::MissingScope {
            scope: "scans:write".into(),
        }),
        "Search" => Err(AppError::RateLimited {
            wait: Duration::from_secs(30),
        }),
        _ => Err(AppError::Internal(std::io::Error::other(
            "disk /var/db full; db password=hunter2",
        ))),
    }
}

/// The `Scans` service: route it with `tonic::transport::Server::add_service`.
#[derive(Debug, Clone, Default)]
pub struct Scans;

impl tonic::server::NamedService for Scans {
    const NAME: &'static str = SERVICE;
}

/// A unary method of [`Scans`].
struct Method(&'static str);

impl tonic::server::UnaryService<String> for Method {
    type Response = String;
    type Future = Pin<Box<dyn Future<Output = Result<Response<String>, Status>> + Send>>;

    fn call(&mut self, request: Request<String>) -> Self::Future {
        let method = self.0;
        // `?` turns the error into a `Status` with the page's code and details.
        Box::pin(async move { Ok(Response::new(handle(method, request.into_inner()).await?)) })
    }
}

impl tower_service::Service<http::Request<tonic::body::Body>> for Scans {
    type Response = http::Response<tonic::body::Body>;
    type Error = Infallible;
    type Future = Pin<Box<dyn Future<Output = Result<Self::Response, Infallible>> + Send>>;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, request: http::Request<tonic::body::Body>) -> Self::Future {
        let method = match request.uri().path().rsplit('/').next() {
            Some("Get") => Some("Get"),
            Some("Delete") => Some("Delete"),
            Some("Search") => Some("Search"),
            Some("Report") => Some("Report"),
            _ => None,
        };
        Box::pin(async move {
            Ok(match method {
                Some(method) => {
                    let mut grpc =
                        tonic::server::Grpc::new(ProstCodec::<String, String>::default());
                    grpc.unary(Method(method), request).await
                }
                None => Status::unimplemented("no such method").into_http(),
            })
        })
    }
}

/// Serves [`Scans`] on `listener`, behind errdocs' request-id layer (it carries the
/// caller's `x-request-id` into error statuses, or makes a fresh one).
pub async fn serve(listener: tokio::net::TcpListener) -> Result<(), tonic::transport::Error> {
    tonic::transport::Server::builder()
        .layer(errdocs::tonic::RequestIdLayer::new())
        .add_service(Scans)
        .serve_with_incoming(tonic::transport::server::TcpIncoming::from(listener))
        .await
}

/// A client of [`Scans`] over a tonic channel.
#[derive(Debug, Clone)]
pub struct ScansClient {
    grpc: tonic::client::Grpc<tonic::transport::Channel>,
}

impl ScansClient {
    /// Connects to `http://host:port`.
    pub async fn connect(uri: String) -> Result<ScansClient, tonic::transport::Error> {
        let channel = tonic::transport::Endpoint::from_shared(uri)?
            .connect()
            .await?;
        Ok(ScansClient {
            grpc: tonic::client::Grpc::new(channel),
        })
    }

    /// Calls `method` with `arg`, sending `request_id` as `x-request-id` when given.
    pub async fn call(
        &mut self,
        method: &str,
        arg: &str,
        request_id: Option<&str>,
    ) -> Result<String, Status> {
        self.grpc
            .ready()
            .await
            .map_err(|e| Status::unavailable(e.to_string()))?;
        let mut request = Request::new(arg.to_owned());
        if let Some(id) = request_id.and_then(|id| id.parse().ok()) {
            request.metadata_mut().insert("x-request-id", id);
        }
        let path = format!("/{SERVICE}/{method}")
            .parse()
            .map_err(|_| Status::invalid_argument("bad method name"))?;
        let codec = ProstCodec::<String, String>::default();
        Ok(self.grpc.unary(request, path, codec).await?.into_inner())
    }
}
