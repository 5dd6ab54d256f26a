//! Which bundle this build is: the shoppers' (the default) or the staff bundle (feature
//! `staff`, its code in `crate::staff`, which lib.rs includes only there). The one place
//! outside `crate::staff` where the two differ; the rest of the app asks here.

/// Whether this is the staff bundle.
pub const IS_STAFF: bool = cfg!(feature = "staff");

/// The routes this bundle adds to the shoppers' ones: the staff bundle's pages, or in
/// the shoppers' bundle none (those paths fall back to `OtherPathPage`, which loads
/// them from the server).
#[cfg(feature = "staff")]
pub use crate::staff::routes::StaffRoutes as BundleRoutes;

/// The routes this bundle adds to the shoppers' ones: none in the shoppers' bundle.
#[cfg(not(feature = "staff"))]
pub use crate::pages::staff_bundle_page::NoStaffRoutes as BundleRoutes;
