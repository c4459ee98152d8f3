#[derive(errdocs::ApiError)]
union NotFound {
    a: u32,
    b: f32,
}

fn main() {}
