//! `cargo xtask run|test|build|bench`: installs what cocrea needs, builds it, runs it,
//! tests it and measures it, with nothing but Rust, Node and apt on the machine.

mod app;
mod bench;
mod compress;
mod postgres;
mod process;
mod test;
mod tools;

use std::process::ExitCode;

use tools::Needs;

const USAGE: &str = "\
usage: cargo xtask <command>

commands:
  run [-- SERVER ARGS]  install what is missing, build the app and the server, run the demo server
  test                  install what is missing, build the app, run every test (native, end to end, wasm)
  build                 install what is missing, build the app (dist/) and the release server
  bench [NAME]          build the app and run the benchmarks (NAME: first-load, lighthouse, likes, events, gallery; default: all)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (command, rest) = if let Some((command, rest)) = args.split_first() {
        (command.as_str(), rest)
    } else {
        eprintln!("{USAGE}");
        return ExitCode::FAILURE;
    };
    let result = match command {
        "run" => app::run(strip_separator(rest)),
        "test" => test::run(),
        "build" => build(),
        "bench" => bench::run(rest),
        "help" | "-h" | "--help" => {
            println!("{USAGE}");
            Ok(())
        }
        other => {
            eprintln!("xtask: unknown command `{other}`\n\n{USAGE}");
            return ExitCode::FAILURE;
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("xtask: error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

/// `cargo xtask build`: the app into dist/ and the release server binary.
fn build() -> anyhow::Result<()> {
    tools::ensure_tools(Needs { browser: false })?;
    app::build_app()?;
    app::build_server()?;
    process::note(&format!(
        "built {} and {}",
        process::root().join("dist").display(),
        app::server_binary().display()
    ));
    Ok(())
}

/// Drops the `--` that may separate xtask's arguments from the server's.
fn strip_separator(args: &[String]) -> &[String] {
    match args.split_first() {
        Some((first, rest)) if first == "--" => rest,
        _ => args,
    }
}

#[cfg(test)]
mod tests {
    use super::strip_separator;

    #[test]
    fn a_leading_double_dash_is_dropped_before_server_args() {
        let args = [
            "--".to_owned(),
            "--listen".to_owned(),
            "127.0.0.1:0".to_owned(),
        ];
        assert_eq!(strip_separator(&args), &args[1..]);
        assert_eq!(strip_separator(&args[1..]), &args[1..]);
        assert!(strip_separator(&[]).is_empty());
    }
}
