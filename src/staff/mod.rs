//! The staff bundle (feature `staff`, built from staff.html into dist/staff/): the
//! code shoppers' phones never download. The server sends this bundle for the paths
//! in `cocrea_api::staff_bundle` (the brand's administration, the in-store hanger tags
//! and screen, the designers' pages), each of which [`routes`] gives a page; the
//! shoppers' bundle loads those paths from the server.

pub mod api_admin;
pub mod api_live;
pub mod components;
pub mod live;
pub mod live_designs;
pub mod pages;
pub mod routes;
pub mod upload;

#[cfg(all(test, target_arch = "wasm32"))]
mod admin_tests;
#[cfg(all(test, target_arch = "wasm32"))]
mod designer_tests;
#[cfg(all(test, target_arch = "wasm32"))]
mod live_tests;
