//! Opaque pagination cursors: where the previous page stopped in its order.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use cocrea_api::SortOrder;

/// The last row of a page: its sort key and id, and the moment the page was made.
///
/// Every order is a keyset on (key, id), both descending. For trending the key is the
/// stored rank (see `crate::trending`): the next page continues after the cursor's
/// design where it ranks now, which is the key itself until the ranks are refreshed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Cursor {
    /// The order the cursor belongs to.
    pub sort: SortOrder,
    /// Unix milliseconds at which the page was made (for logs; no order needs it).
    pub as_of: i64,
    /// The sort key of the last row.
    pub key: f64,
    /// The id of the last row (ties on the key break by id, descending).
    pub id: i64,
}

/// A cursor that this server did not give out for this order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("the cursor is not valid for this listing")]
pub struct InvalidCursor;

impl Cursor {
    /// The opaque string handed to clients.
    pub fn encode(&self) -> String {
        let plain = format!(
            "{}|{}|{}|{}",
            self.sort.as_str(),
            self.as_of,
            self.key,
            self.id
        );
        URL_SAFE_NO_PAD.encode(plain)
    }

    /// Reads a cursor given out for `sort`.
    pub fn decode(text: &str, sort: SortOrder) -> Result<Cursor, InvalidCursor> {
        let bytes = URL_SAFE_NO_PAD
            .decode(text.trim())
            .map_err(|_| InvalidCursor)?;
        let plain = String::from_utf8(bytes).map_err(|_| InvalidCursor)?;
        let mut parts = plain.split('|');
        let (Some(order), Some(as_of), Some(key), Some(id), None) = (
            parts.next(),
            parts.next(),
            parts.next(),
            parts.next(),
            parts.next(),
        ) else {
            return Err(InvalidCursor);
        };
        if SortOrder::parse(order) != Some(sort) {
            return Err(InvalidCursor);
        }
        let key: f64 = key.parse().map_err(|_| InvalidCursor)?;
        if !key.is_finite() {
            return Err(InvalidCursor);
        }
        Ok(Cursor {
            sort,
            as_of: as_of.parse().map_err(|_| InvalidCursor)?,
            key,
            id: id.parse().map_err(|_| InvalidCursor)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cursor_round_trips_exactly() {
        let cursor = Cursor {
            sort: SortOrder::Trending,
            as_of: 1_700_000_000_123,
            key: 0.123_456_789_012_345_67,
            id: 42,
        };
        assert_eq!(
            Cursor::decode(&cursor.encode(), SortOrder::Trending),
            Ok(cursor)
        );
    }

    #[test]
    fn a_cursor_for_another_order_or_garbage_is_refused() {
        let cursor = Cursor {
            sort: SortOrder::New,
            as_of: 1,
            key: 2.0,
            id: 3,
        };
        assert_eq!(
            Cursor::decode(&cursor.encode(), SortOrder::Top),
            Err(InvalidCursor)
        );
        for garbage in ["", "!!!", "bmV3fDF8Mg", "bmV3fDF8TmFOfDM"] {
            assert_eq!(Cursor::decode(garbage, SortOrder::New), Err(InvalidCursor));
        }
    }
}
