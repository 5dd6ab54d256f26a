//! `cargo xtask bench [NAME]`: benchmarks, one module each, results written to
//! docs/benchmarks.md (one section per benchmark, replaced on each run).

mod events;
mod first_load;
mod gallery;
mod lighthouse;
mod likes;
mod report;
mod server;

use anyhow::{bail, Result};

use crate::tools::{ensure_tools, Needs};

/// One benchmark: the name it is chosen by and the function that runs it (with the
/// arguments after its name).
struct Bench {
    name: &'static str,
    run: fn(&[String]) -> Result<()>,
}

/// Every benchmark, in the order `cargo xtask bench` runs them.
const BENCHES: &[Bench] = &[
    Bench {
        name: "first-load",
        run: first_load::run,
    },
    Bench {
        name: "lighthouse",
        run: lighthouse::run,
    },
    Bench {
        name: "likes",
        run: likes::run,
    },
    Bench {
        name: "events",
        run: events::run,
    },
    Bench {
        name: "gallery",
        run: gallery::run,
    },
];

/// Runs the benchmark named in `args`, or all of them.
pub fn run(args: &[String]) -> Result<()> {
    let (chosen, rest): (Vec<&Bench>, &[String]) = match args {
        [] => (BENCHES.iter().collect(), &[]),
        [name, rest @ ..] => match BENCHES.iter().find(|bench| bench.name == name.as_str()) {
            Some(bench) => (vec![bench], rest),
            None => bail!("no benchmark named `{name}` (there are: {})", names()),
        },
    };
    ensure_tools(Needs { browser: false })?;
    for bench in chosen {
        (bench.run)(rest)?;
    }
    Ok(())
}

fn names() -> String {
    BENCHES
        .iter()
        .map(|bench| bench.name)
        .collect::<Vec<_>>()
        .join(", ")
}
