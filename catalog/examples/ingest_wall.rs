//! Ingest on the wall clock, side by side in one process: the library's load and validate
//! of one docs folder (as the `load` example and `errdocs check` do) and the floor (the
//! `pulldown_floor` example's walk over the same folder), timed in alternation after a
//! warm-up. Prints both medians, the ratio of the medians and the median of the rounds' own
//! ratios. `bash bench/ingest-wall.sh` runs it on one thread over the ingest benchmark's
//! 1 000-page catalogs:
//!
//! `ERRDOCS_THREADS=1 cargo run --release -p errdocs-catalog --example ingest_wall -- DIR [ROUNDS]`
//!
//! A loaded catalog is dropped after its time is taken, as the ingest benchmark drops it
//! outside its timing.

#[path = "shared/floor.rs"]
mod floor;
#[path = "shared/load.rs"]
mod shared;

use std::path::Path;
use std::time::{Duration, Instant};

/// Rounds run and not counted: the page cache and the allocator settle in them.
const WARM_UP: usize = 5;

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = args.next().expect("usage: ingest_wall DIR [ROUNDS]");
    let rounds: usize = args
        .next()
        .map_or(101, |r| r.parse().expect("ROUNDS is a number"));
    let dir = Path::new(&dir);
    let load = || {
        let start = Instant::now();
        let catalog = shared::load(dir);
        let took = start.elapsed();
        drop(catalog);
        took
    };
    let walk = || {
        let start = Instant::now();
        std::hint::black_box(floor::walk(dir));
        start.elapsed()
    };
    for _ in 0..WARM_UP {
        load();
        walk();
    }
    let (mut loads, mut floors, mut ratios) = (Vec::new(), Vec::new(), Vec::new());
    for round in 0..rounds {
        // Each side goes first in every other round, so that a change of the machine's speed
        // within a round weighs on both.
        let (l, f) = if round % 2 == 0 {
            let l = load();
            (l, walk())
        } else {
            let f = walk();
            (load(), f)
        };
        loads.push(l);
        floors.push(f);
        ratios.push(l.as_secs_f64() / f.as_secs_f64());
    }
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    let (l, f) = (median(&mut loads), median(&mut floors));
    ratios.sort_by(f64::total_cmp);
    let threads = std::env::var("ERRDOCS_THREADS").unwrap_or_else(|_| "all".to_owned());
    println!(
        "{}: load {:.2} ms, floor {:.2} ms (medians of {rounds} rounds, threads: {threads}); \
         ratio of the medians {:.3}x, median of the rounds' ratios {:.3}x (quartiles {:.3}x–{:.3}x)",
        dir.display(),
        ms(l),
        ms(f),
        ms(l) / ms(f),
        ratios[ratios.len() / 2],
        ratios[ratios.len() / 4],
        ratios[ratios.len() * 3 / 4],
    );
}

fn median(times: &mut [Duration]) -> Duration {
    times.sort();
    times[times.len() / 2]
}
