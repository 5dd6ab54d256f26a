//! A test that the server's modules import each other without cycles (issue 11): each
//! source file is a module, and a file that names another (`crate::…` or `super::…`,
//! outside comments and its own tests) depends on it. A cycle is a file that, through
//! the files it names, comes back to itself.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The modules of the crate's sources, by path (`storage::postgres::designs`), with
/// the source of each.
fn modules(src: &Path) -> BTreeMap<String, String> {
    let mut found = BTreeMap::new();
    let mut folders = vec![src.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).expect("the source folder") {
            let path = entry.expect("a source entry").path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                let relative = path
                    .strip_prefix(src)
                    .expect("under src")
                    .with_extension("");
                let mut parts: Vec<String> = relative
                    .iter()
                    .map(|part| part.to_string_lossy().into_owned())
                    .collect();
                if matches!(
                    parts.last().map(String::as_str),
                    Some("mod" | "lib" | "main")
                ) {
                    parts.pop();
                }
                let source = std::fs::read_to_string(&path).expect("a source file");
                found.insert(parts.join("::"), source);
            }
        }
    }
    found
}

/// The code of a source file without its comments and its test module (an inline
/// `#[cfg(test)] mod … {`, which ends the file as written here; a `#[cfg(test)] mod x;`
/// declaration is no test module).
fn code_of(source: &str) -> String {
    let lines: Vec<&str> = source.lines().collect();
    let mut code = String::new();
    for (at, line) in lines.iter().enumerate() {
        let next = lines.get(at + 1).map_or("", |next| next.trim());
        if line.trim() == "#[cfg(test)]" && next.contains("mod ") && next.ends_with('{') {
            break;
        }
        code.push_str(line.split("//").next().unwrap_or(""));
        code.push('\n');
    }
    code
}

/// The paths a piece of code names after `prefix` (`crate::`, a run of `super::`, or
/// an imported module's `name::`), each group `{a, b::c}` spelled out one level deep.
fn named_paths(code: &str, prefix: &str) -> Vec<(usize, String)> {
    let mut paths = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find(prefix) {
        let before = rest[..at].chars().last();
        let mut tail = &rest[at..];
        let mut supers = 0;
        while let Some(after) = tail.strip_prefix("super::") {
            supers += 1;
            tail = after;
        }
        if supers == 0 {
            tail = &tail[prefix.len()..];
        }
        rest = &rest[at + prefix.len()..];
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
            continue;
        }
        let path: String = tail
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
            .collect();
        let base = path.trim_end_matches(':').to_owned();
        let after_path = &tail[path.len()..];
        if path.ends_with("::") && after_path.starts_with('{') {
            let group = &after_path[1..after_path.find('}').unwrap_or(after_path.len())];
            for item in group.split(',') {
                let item: String = item
                    .trim()
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                    .collect();
                if !item.is_empty() {
                    paths.push((supers, format!("{base}::{item}")));
                }
            }
        } else {
            paths.push((supers, base));
        }
    }
    paths
}

/// Each module and the other modules it names.
fn dependencies(modules: &BTreeMap<String, String>) -> BTreeMap<String, BTreeSet<String>> {
    let resolve = |path: &str| -> Option<String> {
        let parts: Vec<&str> = path.split("::").filter(|part| !part.is_empty()).collect();
        (1..=parts.len())
            .rev()
            .map(|len| parts[..len].join("::"))
            .find(|candidate| modules.contains_key(candidate))
    };
    let mut graph = BTreeMap::new();
    for (name, source) in modules {
        let code = code_of(source);
        let own: Vec<&str> = name.split("::").filter(|part| !part.is_empty()).collect();
        let mut named = BTreeSet::new();
        for (_, path) in named_paths(&code, "crate::") {
            let module = resolve(&path);
            // `use crate::domain;` then `domain::likes::set_like`: the module named
            // through the imported one.
            if module.as_deref() == Some(path.as_str()) {
                let alias = path.rsplit("::").next().unwrap_or(&path);
                for (_, inner) in named_paths(&code, &format!("{alias}::")) {
                    named.extend(resolve(&format!("{path}::{inner}")));
                }
            }
            named.extend(module);
        }
        for (supers, path) in named_paths(&code, "super::") {
            // A file `a/b.rs` is module a::b: its `super` is a; `a/mod.rs` is a, whose
            // `super` is the crate root.
            let parent = &own[..own.len().saturating_sub(supers)];
            named.extend(resolve(&format!("{}::{path}", parent.join("::"))));
        }
        named.remove(name);
        graph.insert(name.clone(), named);
    }
    graph
}

/// The cycles of a graph: each strongly connected set of more than one module.
fn cycles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    let reaches = |from: &String| -> BTreeSet<String> {
        let mut seen = BTreeSet::new();
        let mut next = vec![from.clone()];
        while let Some(module) = next.pop() {
            for dependency in graph.get(&module).into_iter().flatten() {
                if seen.insert(dependency.clone()) {
                    next.push(dependency.clone());
                }
            }
        }
        seen
    };
    let reach: BTreeMap<&String, BTreeSet<String>> = graph
        .keys()
        .map(|module| (module, reaches(module)))
        .collect();
    let mut found: Vec<Vec<String>> = Vec::new();
    for (module, reached) in &reach {
        if !reached.contains(*module) || found.iter().any(|set| set.contains(module)) {
            continue;
        }
        let set: Vec<String> = reached
            .iter()
            .filter(|other| reach[other].contains(*module))
            .cloned()
            .collect();
        found.push(set);
    }
    found
}

#[test]
fn the_server_modules_import_each_other_without_cycles() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let modules = modules(&src);
    assert!(modules.len() > 50, "{} modules found", modules.len());
    let graph = dependencies(&modules);
    assert!(
        graph["routes::likes"].contains("domain::likes"),
        "the like's route calls the domain: {:?}",
        graph["routes::likes"]
    );
    assert_eq!(cycles(&graph), Vec::<Vec<String>>::new());
}

#[test]
fn a_cycle_is_found_through_grouped_and_relative_imports() {
    let modules: BTreeMap<String, String> = [
        ("a".to_owned(), "use crate::b::{x, c::Y};\n".to_owned()),
        (
            "d".to_owned(),
            "use crate::b;\nfn f() { b::c::g() }\n".to_owned(),
        ),
        (
            "b".to_owned(),
            "// crate::a in a comment\n#[cfg(test)]\nmod t;\nuse crate::e;\n\
             #[cfg(test)]\nmod tests {\n    use crate::a;\n}\n"
                .to_owned(),
        ),
        ("e".to_owned(), String::new()),
        ("b::c".to_owned(), "use super::super::a::Z;\n".to_owned()),
    ]
    .into();
    let graph = dependencies(&modules);
    assert_eq!(
        cycles(&graph),
        vec![vec!["a".to_owned(), "b::c".to_owned()]]
    );
}
