//! `cargo run -p grpc-example`: serves `errdocs.example.Scans` on 127.0.0.1:50051.

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    tracing_subscriber::fmt().init();
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", 50051)).await?;
    println!(
        "serving {} on {}",
        grpc_example::SERVICE,
        listener.local_addr()?
    );
    grpc_example::serve(listener).await?;
    Ok(())
}
