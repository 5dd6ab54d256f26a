//! Demo designs with pictures the project draws itself, so a fresh install has
//! a believable gallery without downloading anything.
//!
//! Each picture is a garment silhouette typical of its category on a soft
//! backdrop, filled with a pattern and palette taken from its title (a "Breton
//! Stripe" tee is striped), shaded and outlined so it reads as clothing.

use std::io::Cursor;

use cocrea_api::Category;
use image::codecs::png::{CompressionType, FilterType, PngEncoder};
use image::ImageEncoder;

/// One demo design: the text a designer would have typed and its place in the vote.
#[derive(Debug, Clone, PartialEq)]
pub struct DemoDesign {
    /// The design's title.
    pub title: &'static str,
    /// One to three sentences about it.
    pub description: &'static str,
    /// Its category.
    pub category: Category,
    /// The display name of the designer.
    pub designer: &'static str,
    /// How many likes it has collected.
    pub likes: i64,
    /// How long ago it was submitted, in hours.
    pub age_hours: f64,
}

/// Builds one `DemoDesign`.
const fn design(
    title: &'static str,
    description: &'static str,
    category: Category,
    designer: &'static str,
    likes: i64,
    age_hours: f64,
) -> DemoDesign {
    DemoDesign {
        title,
        description,
        category,
        designer,
        likes,
        age_hours,
    }
}

/// The demo gallery: every category, several designers, likes from none to
/// past the goal, and ages from an hour to a month.
pub fn demo_designs() -> Vec<DemoDesign> {
    use Category::*;
    vec![
        design(
            "Sunset Linen Wrap Dress",
            "A breezy wrap dress in washed linen, dyed in the colours of a Valencia sunset. \
             It ties at the waist and moves beautifully when you walk.",
            Dresses,
            "Lucía Fernández",
            134,
            20.0 * 24.0,
        ),
        design(
            "Midnight Polka Midi Dress",
            "Navy crêpe scattered with cream polka dots, cut to a flattering midi length. \
             A nod to 1950s Milan with a modern V-neck.",
            Dresses,
            "Giulia Romano",
            97,
            6.0 * 24.0,
        ),
        design(
            "Terracotta Tiered Sundress",
            "Soft tiers of cotton voile the colour of Bahia clay, made for long, hot afternoons.",
            Dresses,
            "Beatriz Lima",
            12,
            3.0,
        ),
        design(
            "Breton Stripe Boxy Tee",
            "The classic sailor stripe in heavy organic jersey, with a relaxed boxy fit \
             and dropped shoulders.",
            Tops,
            "Oliver Hughes",
            88,
            9.0 * 24.0,
        ),
        design(
            "Copacabana Wave Tee",
            "Leaf green jersey with pink zigzags inspired by the wave pavement of \
             Copacabana's promenade. Slightly cropped, made for the beach and beyond.",
            Tops,
            "Rafael Souza",
            41,
            2.0 * 24.0,
        ),
        design(
            "Fisherman Cable Jumper",
            "A chunky cream jumper knitted in undyed British wool, with ribbed cuffs and hem. \
             Warm enough for a Cornish harbour in January.",
            Knitwear,
            "Oliver Hughes",
            119,
            25.0 * 24.0,
        ),
        design(
            "Alpine Fair Isle Sweater",
            "Bands of red and white motifs for cold mornings in the Dolomites, \
             knitted in soft merino.",
            Knitwear,
            "Giulia Romano",
            3,
            1.0,
        ),
        design(
            "Lavender Chevron Cardigan",
            "A lightweight cardigan with a lilac chevron stitch and pearl buttons. \
             Throw it over a summer dress when the evening cools.",
            Knitwear,
            "Lucía Fernández",
            56,
            11.0 * 24.0,
        ),
        design(
            "Camel Double-Breasted Coat",
            "A wool-cashmere coat in warm camel with wide lapels and six horn buttons. \
             Cut long enough to cover a blazer.",
            Outerwear,
            "Giulia Romano",
            140,
            30.0 * 24.0,
        ),
        design(
            "Tartan Storm Trench",
            "A water-repellent trench in green and navy tartan with a belted waist. \
             Built for London drizzle.",
            Outerwear,
            "Amara Okafor",
            99,
            12.0 * 24.0,
        ),
        design(
            "Wide-Leg Pinstripe Trousers",
            "High-waisted tailoring in charcoal pinstripe with a wide, swishy leg \
             and pressed creases.",
            Trousers,
            "Amara Okafor",
            76,
            4.0 * 24.0,
        ),
        design(
            "Check Cigarette Trousers",
            "Slim black and white check trousers, cropped at the ankle for a sharp summer look.",
            Trousers,
            "Mateo Ruiz",
            5,
            5.0,
        ),
        design(
            "Olive Utility Trousers",
            "Relaxed trousers in olive cotton twill with deep pockets. \
             Ready for a market morning or a weekend in the hills.",
            Trousers,
            "Rafael Souza",
            38,
            8.0 * 24.0,
        ),
        design(
            "Pleated Chevron Midi Skirt",
            "Mustard and teal chevrons on a fully pleated midi skirt that swings as you move.",
            Skirts,
            "Beatriz Lima",
            102,
            15.0 * 24.0,
        ),
        design(
            "Gingham Picnic Skirt",
            "A red gingham A-line skirt with a wide waistband and deep pockets. \
             Sunday afternoon in the Retiro park.",
            Skirts,
            "Mateo Ruiz",
            23,
            20.0,
        ),
        design(
            "Striped Market Tote",
            "A roomy tote in striped recycled canvas with leather handles, \
             sized for a laptop and the week's fruit.",
            Accessories,
            "Rafael Souza",
            64,
            7.0 * 24.0,
        ),
        design(
            "Polka Dot Bowling Bag",
            "A small black bowling bag with white polka dots and a gold clasp. \
             Fits a phone, keys and a lipstick.",
            Accessories,
            "Lucía Fernández",
            0,
            2.0,
        ),
        design(
            "Cloud Runner Sneakers",
            "Featherlight knit sneakers in cloud white and lilac, with a cushioned sole \
             for walking the whole city.",
            Shoes,
            "Mateo Ruiz",
            110,
            18.0 * 24.0,
        ),
        design(
            "Azulejo Tile Trainers",
            "Low-top trainers printed with the blue and white tiles of Lisbon and São Luís. \
             Canvas upper on a cushioned white sole.",
            Shoes,
            "Beatriz Lima",
            92,
            2.0 * 24.0,
        ),
    ]
}

/// Width of a demo picture, in pixels.
pub const WIDTH: u32 = 900;
/// Height of a demo picture, in pixels.
pub const HEIGHT: u32 = 1200;

/// The picture of a demo design as PNG bytes, 900 x 1200; the same input
/// always gives the same bytes.
///
/// `index` is the design's place in `demo_designs()`; it picks the palette and
/// small variations when the title names none.
pub fn demo_image(index: usize, design: &DemoDesign) -> Vec<u8> {
    let look = Look::of(index, design);
    let mut canvas = Canvas::backdrop(&look.palette);
    let garments = garments(design, &look);
    for garment in &garments {
        canvas.draw(garment, &look);
    }
    canvas.into_png()
}

// ---------------------------------------------------------------------------
// Colours, palettes and patterns
// ---------------------------------------------------------------------------

/// An RGB colour with channels from 0 to 1.
type Rgb = [f32; 3];

/// `a` blended towards `b` by `t` (0 gives `a`, 1 gives `b`).
fn mix(a: Rgb, b: Rgb, t: f32) -> Rgb {
    [
        a[0] + (b[0] - a[0]) * t,
        a[1] + (b[1] - a[1]) * t,
        a[2] + (b[2] - a[2]) * t,
    ]
}

/// `color` with every channel multiplied by `factor`.
fn scale(color: Rgb, factor: f32) -> Rgb {
    [color[0] * factor, color[1] * factor, color[2] * factor]
}

/// The colours of one picture.
#[derive(Debug, Clone, Copy)]
struct Palette {
    /// A word in a title that asks for this palette.
    keyword: &'static str,
    /// Backdrop colour at the top.
    sky: Rgb,
    /// Backdrop colour at the bottom.
    floor: Rgb,
    /// The main fabric colour.
    fabric: Rgb,
    /// The pattern colour.
    accent: Rgb,
    /// Bands, buttons, handles and other trims.
    trim: Rgb,
}

/// Every palette, each found by a word in a title, else picked by index.
const PALETTES: [Palette; 19] = [
    Palette {
        keyword: "sunset",
        sky: [1.0, 0.91, 0.83],
        floor: [0.97, 0.77, 0.73],
        fabric: [0.93, 0.45, 0.33],
        accent: [0.99, 0.76, 0.38],
        trim: [0.66, 0.23, 0.19],
    },
    Palette {
        keyword: "midnight",
        sky: [0.88, 0.89, 0.96],
        floor: [0.71, 0.75, 0.88],
        fabric: [0.13, 0.17, 0.35],
        accent: [0.97, 0.93, 0.82],
        trim: [0.62, 0.14, 0.24],
    },
    Palette {
        keyword: "terracotta",
        sky: [0.98, 0.93, 0.85],
        floor: [0.9, 0.81, 0.69],
        fabric: [0.77, 0.39, 0.25],
        accent: [0.96, 0.86, 0.71],
        trim: [0.5, 0.25, 0.15],
    },
    Palette {
        keyword: "breton",
        sky: [0.89, 0.94, 0.98],
        floor: [0.74, 0.83, 0.92],
        fabric: [0.97, 0.96, 0.93],
        accent: [0.11, 0.19, 0.42],
        trim: [0.11, 0.19, 0.42],
    },
    Palette {
        keyword: "copacabana",
        sky: [0.9, 0.97, 0.93],
        floor: [0.99, 0.84, 0.82],
        fabric: [0.13, 0.53, 0.39],
        accent: [0.99, 0.63, 0.67],
        trim: [0.08, 0.36, 0.26],
    },
    Palette {
        keyword: "fisherman",
        sky: [0.87, 0.91, 0.87],
        floor: [0.7, 0.79, 0.73],
        fabric: [0.94, 0.9, 0.81],
        accent: [0.86, 0.8, 0.69],
        trim: [0.8, 0.74, 0.62],
    },
    Palette {
        keyword: "alpine",
        sky: [0.89, 0.95, 0.99],
        floor: [0.76, 0.85, 0.94],
        fabric: [0.76, 0.13, 0.16],
        accent: [0.97, 0.96, 0.94],
        trim: [0.52, 0.08, 0.11],
    },
    Palette {
        keyword: "lavender",
        sky: [0.96, 0.94, 0.99],
        floor: [0.85, 0.81, 0.94],
        fabric: [0.69, 0.6, 0.86],
        accent: [0.9, 0.86, 0.98],
        trim: [0.97, 0.96, 0.93],
    },
    Palette {
        keyword: "camel",
        sky: [0.94, 0.92, 0.89],
        floor: [0.79, 0.76, 0.72],
        fabric: [0.77, 0.59, 0.39],
        accent: [0.69, 0.51, 0.33],
        trim: [0.33, 0.23, 0.15],
    },
    Palette {
        keyword: "tartan",
        sky: [0.91, 0.9, 0.87],
        floor: [0.75, 0.74, 0.71],
        fabric: [0.13, 0.36, 0.26],
        accent: [0.1, 0.14, 0.31],
        trim: [0.78, 0.17, 0.16],
    },
    Palette {
        keyword: "pinstripe",
        sky: [0.94, 0.94, 0.95],
        floor: [0.79, 0.81, 0.86],
        fabric: [0.22, 0.23, 0.27],
        accent: [0.78, 0.79, 0.82],
        trim: [0.14, 0.14, 0.16],
    },
    Palette {
        keyword: "cigarette",
        sky: [0.99, 0.91, 0.91],
        floor: [0.93, 0.77, 0.79],
        fabric: [0.12, 0.12, 0.13],
        accent: [0.95, 0.95, 0.94],
        trim: [0.1, 0.1, 0.11],
    },
    Palette {
        keyword: "olive",
        sky: [0.97, 0.94, 0.86],
        floor: [0.87, 0.83, 0.71],
        fabric: [0.42, 0.45, 0.26],
        accent: [0.5, 0.53, 0.32],
        trim: [0.3, 0.31, 0.18],
    },
    Palette {
        keyword: "pleated",
        sky: [0.93, 0.97, 0.97],
        floor: [0.78, 0.89, 0.89],
        fabric: [0.92, 0.7, 0.22],
        accent: [0.08, 0.44, 0.49],
        trim: [0.06, 0.32, 0.36],
    },
    Palette {
        keyword: "gingham",
        sky: [0.99, 0.97, 0.89],
        floor: [0.93, 0.87, 0.75],
        fabric: [0.98, 0.97, 0.95],
        accent: [0.85, 0.18, 0.21],
        trim: [0.72, 0.12, 0.16],
    },
    Palette {
        keyword: "market",
        sky: [0.92, 0.95, 0.99],
        floor: [0.98, 0.88, 0.8],
        fabric: [0.93, 0.88, 0.77],
        accent: [0.16, 0.39, 0.62],
        trim: [0.56, 0.33, 0.18],
    },
    Palette {
        keyword: "bowling",
        sky: [0.99, 0.88, 0.85],
        floor: [0.95, 0.71, 0.7],
        fabric: [0.12, 0.12, 0.14],
        accent: [0.97, 0.96, 0.94],
        trim: [0.86, 0.68, 0.3],
    },
    Palette {
        keyword: "cloud",
        sky: [0.91, 0.93, 0.99],
        floor: [0.78, 0.82, 0.96],
        fabric: [0.95, 0.95, 0.97],
        accent: [0.72, 0.62, 0.92],
        trim: [0.52, 0.42, 0.8],
    },
    Palette {
        keyword: "azulejo",
        sky: [0.98, 0.96, 0.91],
        floor: [0.89, 0.86, 0.79],
        fabric: [0.96, 0.96, 0.94],
        accent: [0.1, 0.26, 0.62],
        trim: [0.78, 0.57, 0.35],
    },
];

/// How the fabric is printed or woven.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pattern {
    /// One colour.
    Solid,
    /// Broad horizontal stripes.
    Stripes,
    /// Fine vertical lines.
    Pinstripes,
    /// Polka dots in offset rows.
    Dots,
    /// Gingham: two sets of bands that cross.
    Checks,
    /// Broad tartan bands with fine lines in the trim colour.
    Tartan,
    /// Zigzag bands.
    Chevrons,
    /// Rows of small knitted diamonds.
    FairIsle,
    /// Square tiles with a diamond in each.
    Tiles,
}

/// Words in a title that ask for a pattern; the first match wins.
const PATTERN_WORDS: [(&str, Pattern); 12] = [
    ("pinstripe", Pattern::Pinstripes),
    ("stripe", Pattern::Stripes),
    ("breton", Pattern::Stripes),
    ("polka", Pattern::Dots),
    ("dot", Pattern::Dots),
    ("gingham", Pattern::Checks),
    ("check", Pattern::Checks),
    ("tartan", Pattern::Tartan),
    ("chevron", Pattern::Chevrons),
    ("wave", Pattern::Chevrons),
    ("fair isle", Pattern::FairIsle),
    ("tile", Pattern::Tiles),
];

/// Everything about a picture that comes from its design rather than its category.
#[derive(Debug, Clone, Copy)]
struct Look {
    /// The colours.
    palette: Palette,
    /// The fabric's pattern.
    pattern: Pattern,
    /// Whether the fabric is knitted (a stitch texture over the pattern).
    knitted: bool,
    /// Whether the knit has cables running down it.
    cables: bool,
}

impl Look {
    /// The look a design's title asks for, with `index` deciding what it does not.
    fn of(index: usize, design: &DemoDesign) -> Look {
        let title = design.title.to_lowercase();
        let palette = PALETTES
            .iter()
            .find(|palette| title.contains(palette.keyword))
            .copied()
            .unwrap_or(PALETTES[index % PALETTES.len()]);
        let pattern = PATTERN_WORDS
            .iter()
            .find(|(word, _)| title.contains(word))
            .map_or(Pattern::Solid, |&(_, pattern)| pattern);
        Look {
            palette,
            pattern,
            knitted: design.category == Category::Knitwear,
            cables: title.contains("cable"),
        }
    }

    /// The fabric colour at a point, in coordinates relative to the garment.
    fn fabric_at(&self, u: f32, v: f32) -> Rgb {
        let Palette {
            fabric,
            accent,
            trim,
            ..
        } = self.palette;
        let color = match self.pattern {
            Pattern::Solid => fabric,
            Pattern::Stripes => mix(fabric, accent, band(v, 64.0, 26.0)),
            Pattern::Pinstripes => mix(fabric, accent, band(u, 34.0, 2.5) * 0.8),
            Pattern::Dots => {
                let cell = 62.0;
                let row = (v / cell).floor();
                let shift = if row as i64 % 2 == 0 { 0.0 } else { cell / 2.0 };
                let du = (u + shift).rem_euclid(cell) - cell / 2.0;
                let dv = v.rem_euclid(cell) - cell / 2.0;
                let inside = (11.0 - (du * du + dv * dv).sqrt() + 0.5).clamp(0.0, 1.0);
                mix(fabric, accent, inside)
            }
            Pattern::Checks => {
                let across = band(u, 56.0, 28.0);
                let down = band(v, 56.0, 28.0);
                mix(fabric, accent, (across + down) / 2.0)
            }
            Pattern::Tartan => {
                let broad = (band(u, 150.0, 60.0) + band(v, 150.0, 60.0)) / 2.0;
                let base = mix(fabric, accent, broad * 0.9);
                let fine = band(u + 100.0, 150.0, 4.0).max(band(v + 100.0, 150.0, 4.0));
                mix(base, trim, fine * 0.85)
            }
            Pattern::Chevrons => {
                let period = 70.0;
                let zig = (u.rem_euclid(period) - period / 2.0).abs();
                mix(fabric, accent, band(v + zig, 64.0, 26.0))
            }
            Pattern::FairIsle => {
                let row = v.rem_euclid(170.0);
                let motif = if row < 64.0 {
                    let du = (u.rem_euclid(44.0) - 22.0).abs();
                    let dv = (row - 32.0).abs();
                    (15.0 - (du + dv) + 0.5).clamp(0.0, 1.0)
                        - (7.0 - (du + dv) + 0.5).clamp(0.0, 1.0)
                } else if (84.0..100.0).contains(&row) {
                    let du = u.rem_euclid(22.0) - 11.0;
                    let dv = row - 92.0;
                    (5.0 - (du * du + dv * dv).sqrt() + 0.5).clamp(0.0, 1.0)
                } else {
                    0.0
                };
                mix(fabric, accent, motif)
            }
            Pattern::Tiles => {
                let cell = 72.0;
                let du = (u.rem_euclid(cell) - cell / 2.0).abs();
                let dv = (v.rem_euclid(cell) - cell / 2.0).abs();
                let grout = ((du.max(dv) - (cell / 2.0 - 3.0)) + 0.5).clamp(0.0, 1.0);
                let diamond = (22.0 - (du + dv) + 0.5).clamp(0.0, 1.0)
                    - (14.0 - (du + dv) + 0.5).clamp(0.0, 1.0)
                    + (6.0 - (du + dv) + 0.5).clamp(0.0, 1.0);
                let corner = (12.0 - ((cell / 2.0 - du) + (cell / 2.0 - dv)) + 0.5).clamp(0.0, 1.0);
                mix(fabric, accent, grout.max(diamond).max(corner))
            }
        };
        if self.cables {
            scale(color, cable_stitch(u, v))
        } else if self.knitted {
            scale(color, knit_stitch(u, v))
        } else {
            color
        }
    }
}

/// How much of the pixel at `pos` lies in the bands `width` wide every
/// `period` pixels, with a one-pixel soft edge against jagged lines.
fn band(pos: f32, period: f32, width: f32) -> f32 {
    let f = pos.rem_euclid(period);
    let edge = (width / 2.0 - (f - width / 2.0).abs()).min(width / 2.0);
    let wrapped = (width / 2.0 - (f - period - width / 2.0).abs()).max(edge);
    (wrapped + 0.5).clamp(0.0, 1.0)
}

/// The brightness of knitted stitches: columns of little Vs.
fn knit_stitch(u: f32, v: f32) -> f32 {
    let fx = u.rem_euclid(14.0) / 14.0;
    let fy = v.rem_euclid(12.0) / 12.0;
    let leg = ((fx - 0.5).abs() * 2.0 - fy).abs();
    0.88 + 0.14 * (leg * 2.5).min(1.0) * (1.0 - (fx - 0.5).abs())
}

/// The brightness of a cable knit: twisted ropes in columns between plain stitches.
fn cable_stitch(u: f32, v: f32) -> f32 {
    let column = 100.0;
    let across = (u + column / 2.0).rem_euclid(column) - column / 2.0;
    if across.abs() < 24.0 {
        let twist = (v * std::f32::consts::TAU / 60.0).sin() * 11.0;
        let strand = (across - twist).abs().min((across + twist).abs());
        1.08 - 0.24 * (strand / 11.0).min(1.0)
    } else if across.abs() < 30.0 {
        0.8
    } else {
        knit_stitch(u, v)
    }
}

/// Vertical ribs, for cuffs, hems and collars.
fn rib(u: f32) -> f32 {
    0.8 + 0.12 * band(u, 10.0, 5.0)
}

/// A small, stable per-pixel variation that makes flat colour look like cloth.
fn grain(x: u32, y: u32) -> f32 {
    let mut h = x.wrapping_mul(0x9e37_79b9) ^ y.wrapping_mul(0x85eb_ca6b);
    h ^= h >> 15;
    h = h.wrapping_mul(0x2c1b_3c6d);
    h ^= h >> 12;
    1.0 + ((h & 0xff) as f32 / 255.0 - 0.5) * 0.035
}

// ---------------------------------------------------------------------------
// Geometry
// ---------------------------------------------------------------------------

/// A point in picture coordinates.
type P = (f32, f32);

/// A simple shape that can say whether a point is inside.
#[derive(Debug, Clone)]
enum Prim {
    /// A polygon (even-odd rule) and its bounds, kept to skip far points fast.
    Poly(Vec<P>, [f32; 4]),
    /// An axis-aligned ellipse: centre and radii.
    Ellipse(P, P),
    /// A rectangle from one corner to the other, with rounded corners.
    Rect(P, P, f32),
    /// A thick line with round ends: from, to, radius.
    Line(P, P, f32),
}

impl Prim {
    /// A polygon through `points`.
    fn poly(points: Vec<P>) -> Prim {
        let bounds = points.iter().fold(
            [f32::MAX, f32::MAX, f32::MIN, f32::MIN],
            |[x0, y0, x1, y1], &(x, y)| [x0.min(x), y0.min(y), x1.max(x), y1.max(y)],
        );
        Prim::Poly(points, bounds)
    }

    /// The smallest rectangle holding the shape: (min x, min y, max x, max y).
    fn bounds(&self) -> [f32; 4] {
        match self {
            Prim::Poly(_, bounds) => *bounds,
            Prim::Ellipse((cx, cy), (rx, ry)) => [cx - rx, cy - ry, cx + rx, cy + ry],
            Prim::Rect((x0, y0), (x1, y1), _) => [*x0, *y0, *x1, *y1],
            Prim::Line((ax, ay), (bx, by), r) => [
                ax.min(*bx) - r,
                ay.min(*by) - r,
                ax.max(*bx) + r,
                ay.max(*by) + r,
            ],
        }
    }

    /// Whether (x, y) is inside.
    fn contains(&self, x: f32, y: f32) -> bool {
        let [x0, y0, x1, y1] = self.bounds();
        if x < x0 || x > x1 || y < y0 || y > y1 {
            return false;
        }
        match self {
            Prim::Poly(points, _) => {
                let mut inside = false;
                let mut j = points.len() - 1;
                for i in 0..points.len() {
                    let (xi, yi) = points[i];
                    let (xj, yj) = points[j];
                    if (yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi {
                        inside = !inside;
                    }
                    j = i;
                }
                inside
            }
            Prim::Ellipse((cx, cy), (rx, ry)) => {
                let (dx, dy) = ((x - cx) / rx, (y - cy) / ry);
                dx * dx + dy * dy <= 1.0
            }
            Prim::Rect(_, _, r) => {
                let nx = x.clamp(x0 + r, x1 - r);
                let ny = y.clamp(y0 + r, y1 - r);
                (x - nx).powi(2) + (y - ny).powi(2) <= r * r
            }
            Prim::Line((ax, ay), (bx, by), r) => {
                let (dx, dy) = (bx - ax, by - ay);
                let length2 = (dx * dx + dy * dy).max(1e-6);
                let t = (((x - ax) * dx + (y - ay) * dy) / length2).clamp(0.0, 1.0);
                let (px, py) = (ax + t * dx - x, ay + t * dy - y);
                px * px + py * py <= r * r
            }
        }
    }

    /// The same shape mirrored about the picture's vertical centre line.
    fn mirrored(&self) -> Prim {
        let m = |(x, y): P| (WIDTH as f32 - x, y);
        match self {
            Prim::Poly(points, _) => Prim::poly(points.iter().map(|&p| m(p)).collect()),
            Prim::Ellipse(c, r) => Prim::Ellipse(m(*c), *r),
            Prim::Rect((x0, y0), (x1, y1), r) => {
                Prim::Rect((WIDTH as f32 - x1, *y0), (WIDTH as f32 - x0, *y1), *r)
            }
            Prim::Line(a, b, r) => Prim::Line(m(*a), m(*b), *r),
        }
    }

    /// The same shape moved by (dx, dy).
    fn moved(&self, dx: f32, dy: f32) -> Prim {
        let t = |(x, y): P| (x + dx, y + dy);
        match self {
            Prim::Poly(points, _) => Prim::poly(points.iter().map(|&p| t(p)).collect()),
            Prim::Ellipse(c, r) => Prim::Ellipse(t(*c), *r),
            Prim::Rect(a, b, r) => Prim::Rect(t(*a), t(*b), *r),
            Prim::Line(a, b, r) => Prim::Line(t(*a), t(*b), *r),
        }
    }
}

/// Some simple shapes joined, minus some others.
#[derive(Debug, Clone, Default)]
struct Part {
    /// Shapes whose union is the part.
    add: Vec<Prim>,
    /// Shapes cut out of it.
    cut: Vec<Prim>,
}

impl Part {
    /// A part made of one shape.
    fn of(prim: Prim) -> Part {
        Part {
            add: vec![prim],
            cut: Vec::new(),
        }
    }

    /// This part joined with `prim`.
    fn also(mut self, prim: Prim) -> Part {
        self.add.push(prim);
        self
    }

    /// This part with `prim` cut out.
    fn minus(mut self, prim: Prim) -> Part {
        self.cut.push(prim);
        self
    }

    /// This part and its mirror image, for left and right halves.
    fn symmetric(mut self) -> Part {
        let mirrored: Vec<Prim> = self.add.iter().map(Prim::mirrored).collect();
        let cut: Vec<Prim> = self.cut.iter().map(Prim::mirrored).collect();
        self.add.extend(mirrored);
        self.cut.extend(cut);
        self
    }

    /// Whether (x, y) is inside.
    fn contains(&self, x: f32, y: f32) -> bool {
        self.add.iter().any(|p| p.contains(x, y)) && !self.cut.iter().any(|p| p.contains(x, y))
    }

    /// The smallest rectangle holding the part.
    fn bounds(&self) -> [f32; 4] {
        self.add.iter().map(Prim::bounds).fold(
            [f32::MAX, f32::MAX, f32::MIN, f32::MIN],
            |[a, b, c, d], [x0, y0, x1, y1]| [a.min(x0), b.min(y0), c.max(x1), d.max(y1)],
        )
    }

    /// The same part moved by (dx, dy).
    fn moved(&self, dx: f32, dy: f32) -> Part {
        Part {
            add: self.add.iter().map(|p| p.moved(dx, dy)).collect(),
            cut: self.cut.iter().map(|p| p.moved(dx, dy)).collect(),
        }
    }
}

// ---------------------------------------------------------------------------
// Garments
// ---------------------------------------------------------------------------

/// How a region of the garment is coloured instead of the patterned fabric.
#[derive(Debug, Clone, Copy)]
enum Paint {
    /// The fabric colour with vertical ribs and no pattern.
    Rib,
    /// The trim colour.
    Trim,
    /// The fabric colour, darker by this factor.
    Shade(f32),
    /// Whatever is beneath, lighter or darker by this factor.
    Tint(f32),
    /// The patterned fabric itself, lighter or darker by this factor.
    Cloth(f32),
    /// A fixed colour.
    Fixed(Rgb),
}

impl Paint {
    /// The colour of this paint at (u, v) from the garment's origin for
    /// `look`, given the colour beneath.
    fn color(self, look: &Look, beneath: Rgb, (u, v): P) -> Rgb {
        match self {
            Paint::Rib => scale(look.palette.fabric, rib(u)),
            Paint::Trim => look.palette.trim,
            Paint::Shade(factor) => scale(look.palette.fabric, factor),
            Paint::Tint(factor) => scale(beneath, factor),
            Paint::Cloth(factor) => scale(look.fabric_at(u, v), factor),
            Paint::Fixed(color) => color,
        }
    }
}

/// Large soft light and shade that give the cloth volume.
#[derive(Debug, Clone, Copy)]
enum Drape {
    /// Gentle vertical folds.
    Folds,
    /// Folds that fan out from a point, as a skirt falls from the waist.
    Fan {
        origin: P,
        count: f32,
        strength: f32,
    },
    /// No folds (bags, shoes).
    Stiff,
}

impl Drape {
    /// The brightness factor at (x, y).
    fn at(self, x: f32, y: f32) -> f32 {
        match self {
            Drape::Folds => 1.0 + 0.035 * (x / 37.0).sin() * (y / 300.0 + 0.5).min(1.0),
            Drape::Fan {
                origin: (ox, oy),
                count,
                strength,
            } => {
                if y <= oy {
                    return 1.0;
                }
                let angle = (x - ox).atan2(y - oy);
                let depth = ((y - oy) / 250.0).min(1.0);
                1.0 + strength * depth * (angle * count).sin()
            }
            Drape::Stiff => 1.0,
        }
    }
}

/// One thing to draw: a silhouette with regions, details on top, and its hanger.
#[derive(Debug, Clone)]
struct Garment {
    /// The silhouette, the union of its parts; the pattern fills it.
    body: Vec<Part>,
    /// Regions of the body painted differently, first match wins.
    zones: Vec<(Part, Paint)>,
    /// Small things drawn over the body: seams, buttons, laces.
    details: Vec<(Part, Paint)>,
    /// Folds.
    drape: Drape,
    /// A hanger drawn behind the garment, if it hangs.
    hanger: Option<Part>,
    /// Overall brightness, below 1 for something further back.
    light: f32,
    /// Where the pattern starts, so it sits the same way on every garment.
    origin: P,
}

/// The garments in the picture of `design`, back to front.
fn garments(design: &DemoDesign, look: &Look) -> Vec<Garment> {
    let title = design.title.to_lowercase();
    match design.category {
        Category::Dresses => vec![dress(if title.contains("wrap") {
            DressCut::Wrap
        } else if title.contains("sundress") || title.contains("tier") {
            DressCut::Sundress
        } else {
            DressCut::Midi
        })],
        Category::Tops => vec![tee()],
        Category::Knitwear => vec![sweater(title.contains("cardigan"))],
        Category::Outerwear => vec![coat(title.contains("trench") || title.contains("belt"))],
        Category::Trousers => vec![trousers()],
        Category::Skirts => vec![skirt(title.contains("pleat"))],
        Category::Accessories => vec![bag(look.pattern == Pattern::Dots)],
        Category::Shoes => {
            let mut back = sneaker(30.0, -185.0);
            back.light = 0.84;
            vec![back, sneaker(-45.0, 35.0)]
        }
    }
}

/// A smooth closed curve through `points` (Catmull-Rom), as a polygon with
/// `steps` vertices per point.
fn smooth(points: &[P], steps: usize) -> Vec<P> {
    let n = points.len();
    let mut out = Vec::with_capacity(n * steps);
    for i in 0..n {
        let [p0, p1, p2, p3] = [
            points[(i + n - 1) % n],
            points[i],
            points[(i + 1) % n],
            points[(i + 2) % n],
        ];
        for step in 0..steps {
            let t = step as f32 / steps as f32;
            let (t2, t3) = (t * t, t * t * t);
            let along = |a: f32, b: f32, c: f32, d: f32| {
                0.5 * (2.0 * b
                    + (c - a) * t
                    + (2.0 * a - 5.0 * b + 4.0 * c - d) * t2
                    + (3.0 * b - a - 3.0 * c + d) * t3)
            };
            out.push((along(p0.0, p1.0, p2.0, p3.0), along(p0.1, p1.1, p2.1, p3.1)));
        }
    }
    out
}

/// A polygon grown by `radius` all round, which rounds its corners.
fn rounded(points: &[P], radius: f32) -> Part {
    let mut part = Part::of(Prim::poly(points.to_vec()));
    for (i, &a) in points.iter().enumerate() {
        let b = points[(i + 1) % points.len()];
        part.add.push(Prim::Line(a, b, radius));
    }
    part
}

/// A coat hanger: hook, shoulders and bar, for garments hanging by the shoulders.
fn shoulder_hanger() -> Part {
    Part::of(Prim::Ellipse((450.0, 92.0), (30.0, 30.0)))
        .minus(Prim::Ellipse((450.0, 92.0), (21.0, 21.0)))
        .minus(Prim::poly(vec![
            (450.0, 92.0),
            (500.0, 100.0),
            (500.0, 140.0),
            (450.0, 140.0),
        ]))
        .also(Prim::Line((450.0, 118.0), (450.0, 150.0), 5.0))
        .also(Prim::Line((450.0, 150.0), (290.0, 222.0), 7.0))
        .also(Prim::Line((450.0, 150.0), (610.0, 222.0), 7.0))
}

/// A clip hanger: hook, bar and two clips, for garments hanging by the waist.
fn clip_hanger(top: f32) -> Part {
    Part::of(Prim::Ellipse((450.0, 72.0), (30.0, 30.0)))
        .minus(Prim::Ellipse((450.0, 72.0), (21.0, 21.0)))
        .minus(Prim::poly(vec![
            (450.0, 72.0),
            (500.0, 80.0),
            (500.0, 120.0),
            (450.0, 120.0),
        ]))
        .also(Prim::Line((450.0, 98.0), (450.0, 130.0), 5.0))
        .also(Prim::Line((290.0, 132.0), (610.0, 132.0), 7.0))
        .also(Prim::Rect((326.0, 130.0), (350.0, top + 22.0), 4.0))
        .also(Prim::Rect((550.0, 130.0), (574.0, top + 22.0), 4.0))
}

/// A thin seam line.
fn seam(a: P, b: P) -> (Part, Paint) {
    (Part::of(Prim::Line(a, b, 1.6)), Paint::Tint(0.72))
}

/// A round button with a rim.
fn button(details: &mut Vec<(Part, Paint)>, at: P, radius: f32, paint: Paint) {
    details.push((
        Part::of(Prim::Ellipse(at, (radius, radius))),
        Paint::Fixed([0.0; 3]),
    ));
    details.push((
        Part::of(Prim::Ellipse(at, (radius - 2.5, radius - 2.5))),
        paint,
    ));
    for dx in [-3.5, 3.5] {
        details.push((
            Part::of(Prim::Ellipse((at.0 + dx, at.1), (1.8, 1.8))),
            Paint::Shade(0.35),
        ));
    }
}

/// The cut of a dress.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DressCut {
    /// V-neck, cap sleeves, a wrap line across the skirt and a tie at the waist.
    Wrap,
    /// V-neck, cap sleeves and a belt.
    Midi,
    /// Thin straps, a straight neckline and tiers.
    Sundress,
}

/// A dress with a fitted bodice and a flared skirt.
fn dress(cut: DressCut) -> Garment {
    let skirt = Prim::poly(vec![
        (362.0, 430.0),
        (538.0, 430.0),
        (705.0, 1030.0),
        (195.0, 1030.0),
    ]);
    let hem = Prim::Ellipse((450.0, 1030.0), (255.0, 42.0));
    let mut details = Vec::new();
    let mut zones = Vec::new();
    let mut body = Vec::new();
    if cut == DressCut::Sundress {
        let bodice = Prim::poly(vec![
            (364.0, 292.0),
            (536.0, 292.0),
            (548.0, 360.0),
            (538.0, 440.0),
            (362.0, 440.0),
            (352.0, 360.0),
        ]);
        body.push(Part {
            add: vec![bodice, skirt, hem],
            cut: Vec::new(),
        });
        body.push(Part::of(Prim::Line((380.0, 212.0), (384.0, 300.0), 7.0)).symmetric());
        // Gathered tiers: a seam and a little shade under each.
        for (y, half) in [(610.0, 138.0), (810.0, 196.0)] {
            details.push((
                Part::of(Prim::Rect((450.0 - half, y), (450.0 + half, y + 10.0), 0.0)),
                Paint::Tint(0.82),
            ));
            details.push(seam((450.0 - half, y), (450.0 + half, y)));
        }
        zones.push((
            Part::of(Prim::Rect((340.0, 286.0), (560.0, 306.0), 0.0)),
            Paint::Tint(0.9),
        ));
    } else {
        let bodice = Prim::poly(vec![
            (368.0, 205.0),
            (532.0, 205.0),
            (556.0, 300.0),
            (538.0, 440.0),
            (362.0, 440.0),
            (344.0, 300.0),
        ]);
        let neckline = Prim::poly(vec![(398.0, 180.0), (502.0, 180.0), (450.0, 330.0)]);
        body.push(Part {
            add: vec![bodice, skirt, hem],
            cut: vec![neckline],
        });
        let sleeve = Prim::poly(vec![
            (372.0, 203.0),
            (318.0, 228.0),
            (286.0, 318.0),
            (300.0, 330.0),
            (346.0, 326.0),
        ]);
        body.push(Part::of(sleeve).symmetric());
        details.push(seam((345.0, 226.0), (350.0, 326.0)));
        details.push(seam((555.0, 226.0), (550.0, 326.0)));
        if cut == DressCut::Wrap {
            // The wrap: the front panel crosses from the left shoulder to the
            // right hip and on down the skirt, tied at the waist.
            details.push((
                Part::of(Prim::Line((450.0, 330.0), (536.0, 434.0), 2.2)),
                Paint::Tint(0.7),
            ));
            details.push((
                Part::of(Prim::Line((536.0, 450.0), (612.0, 1070.0), 2.2)),
                Paint::Tint(0.7),
            ));
            zones.push((
                Part::of(Prim::Rect((356.0, 428.0), (544.0, 448.0), 3.0)),
                Paint::Tint(0.86),
            ));
            // The tie: a knot and two tails, each with a darker rim.
            for (grow, paint) in [(2.5, Paint::Tint(0.7)), (0.0, Paint::Cloth(0.97))] {
                details.push((
                    Part::of(Prim::Line((536.0, 446.0), (566.0, 610.0), 8.0 + grow))
                        .also(Prim::Line((528.0, 446.0), (514.0, 586.0), 8.0 + grow)),
                    paint,
                ));
            }
            for (grow, paint) in [(2.5, Paint::Tint(0.7)), (0.0, Paint::Cloth(0.92))] {
                details.push((
                    Part::of(Prim::Ellipse((532.0, 440.0), (16.0 + grow, 13.0 + grow))),
                    paint,
                ));
            }
        } else {
            zones.push((
                Part::of(Prim::Rect((356.0, 428.0), (544.0, 452.0), 4.0)),
                Paint::Trim,
            ));
        }
    }
    Garment {
        body,
        zones,
        details,
        drape: Drape::Fan {
            origin: (450.0, 430.0),
            count: 22.0,
            strength: 0.07,
        },
        hanger: Some(shoulder_hanger()),
        light: 1.0,
        origin: (450.0, 200.0),
    }
}

/// A short-sleeved T-shirt with a ribbed crew neck.
fn tee() -> Garment {
    let half = Prim::poly(vec![
        (450.0, 238.0),
        (385.0, 238.0),
        (262.0, 276.0),
        (168.0, 448.0),
        (262.0, 502.0),
        (298.0, 432.0),
        (292.0, 905.0),
        (450.0, 905.0),
    ]);
    let body = Part::of(half)
        .symmetric()
        .minus(Prim::Ellipse((450.0, 232.0), (66.0, 48.0)));
    let collar = Part::of(Prim::Ellipse((450.0, 232.0), (84.0, 66.0)))
        .minus(Prim::Ellipse((450.0, 232.0), (66.0, 48.0)))
        .minus(Prim::Rect((300.0, 100.0), (600.0, 236.0), 0.0));
    let details = vec![
        seam((176.0, 436.0), (268.0, 488.0)),
        seam((724.0, 436.0), (632.0, 488.0)),
        seam((294.0, 884.0), (606.0, 884.0)),
        seam((262.0, 278.0), (298.0, 432.0)),
        seam((638.0, 278.0), (602.0, 432.0)),
    ];
    Garment {
        body: vec![body],
        zones: vec![(collar, Paint::Rib)],
        details,
        drape: Drape::Folds,
        hanger: Some(shoulder_hanger()),
        light: 1.0,
        origin: (450.0, 250.0),
    }
}

/// A long-sleeved sweater with ribbed neck, cuffs and hem; a cardigan with buttons.
fn sweater(cardigan: bool) -> Garment {
    let half = Prim::poly(vec![
        (450.0, 226.0),
        (380.0, 226.0),
        (252.0, 268.0),
        (206.0, 380.0),
        (150.0, 812.0),
        (252.0, 826.0),
        (288.0, 478.0),
        (282.0, 885.0),
        (450.0, 885.0),
    ]);
    let neck = if cardigan {
        Prim::poly(vec![(382.0, 210.0), (518.0, 210.0), (450.0, 430.0)])
    } else {
        Prim::Ellipse((450.0, 222.0), (70.0, 46.0))
    };
    let body = Part::of(half).symmetric().minus(neck);
    let mut zones = vec![
        (
            Part::of(Prim::Rect((270.0, 825.0), (630.0, 900.0), 0.0)),
            Paint::Rib,
        ),
        (
            Part::of(Prim::poly(vec![
                (140.0, 752.0),
                (262.0, 768.0),
                (262.0, 840.0),
                (140.0, 840.0),
            ]))
            .symmetric(),
            Paint::Rib,
        ),
    ];
    let mut details = vec![
        seam((252.0, 270.0), (288.0, 478.0)),
        seam((648.0, 270.0), (612.0, 478.0)),
    ];
    if cardigan {
        zones.push((
            Part::of(Prim::poly(vec![
                (368.0, 210.0),
                (398.0, 210.0),
                (462.0, 430.0),
                (462.0, 900.0),
                (438.0, 900.0),
                (438.0, 430.0),
            ]))
            .symmetric(),
            Paint::Rib,
        ));
        for y in [470.0, 560.0, 650.0, 740.0, 830.0] {
            button(&mut details, (450.0, y), 10.0, Paint::Trim);
        }
    } else {
        zones.push((
            Part::of(Prim::Ellipse((450.0, 222.0), (92.0, 70.0))).minus(Prim::Rect(
                (300.0, 100.0),
                (600.0, 226.0),
                0.0,
            )),
            Paint::Rib,
        ));
    }
    Garment {
        body: vec![body],
        zones,
        details,
        drape: Drape::Folds,
        hanger: Some(shoulder_hanger()),
        light: 1.0,
        origin: (450.0, 240.0),
    }
}

/// A long coat with lapels, long sleeves, pockets and buttons; a trench has a belt.
fn coat(belted: bool) -> Garment {
    let half = Prim::poly(vec![
        (450.0, 206.0),
        (378.0, 206.0),
        (260.0, 248.0),
        (212.0, 365.0),
        (160.0, 820.0),
        (252.0, 832.0),
        (292.0, 488.0),
        (262.0, 1085.0),
        (450.0, 1085.0),
    ]);
    let body = Part::of(half).symmetric();
    let lining = Part::of(Prim::poly(vec![
        (398.0, 206.0),
        (502.0, 206.0),
        (450.0, 336.0),
    ]));
    let lapel = Part::of(Prim::poly(vec![
        (378.0, 206.0),
        (398.0, 204.0),
        (452.0, 480.0),
        (405.0, 470.0),
        (345.0, 330.0),
        (372.0, 300.0),
        (352.0, 268.0),
    ]))
    .symmetric();
    let cuffs = Part::of(Prim::poly(vec![
        (150.0, 770.0),
        (262.0, 784.0),
        (262.0, 850.0),
        (150.0, 850.0),
    ]))
    .symmetric();
    let mut zones = vec![
        (lining, Paint::Shade(0.45)),
        (lapel, Paint::Tint(0.86)),
        (cuffs, Paint::Tint(0.88)),
    ];
    let mut details = vec![
        seam((450.0, 480.0), (450.0, 1083.0)),
        seam((260.0, 250.0), (292.0, 488.0)),
        seam((640.0, 250.0), (608.0, 488.0)),
        (
            Part::of(Prim::Rect((310.0, 770.0), (400.0, 796.0), 5.0)),
            Paint::Tint(0.8),
        ),
        (
            Part::of(Prim::Rect((500.0, 770.0), (590.0, 796.0), 5.0)),
            Paint::Tint(0.8),
        ),
    ];
    if belted {
        zones.insert(
            0,
            (
                Part::of(Prim::Rect((270.0, 600.0), (630.0, 640.0), 0.0)),
                Paint::Tint(0.82),
            ),
        );
        details.push((
            Part::of(Prim::Rect((424.0, 594.0), (476.0, 646.0), 6.0)).minus(Prim::Rect(
                (432.0, 602.0),
                (468.0, 638.0),
                3.0,
            )),
            Paint::Fixed([0.2, 0.18, 0.16]),
        ));
        for y in [520.0, 700.0] {
            button(
                &mut details,
                (420.0, y),
                11.0,
                Paint::Fixed([0.2, 0.16, 0.12]),
            );
            button(
                &mut details,
                (480.0, y),
                11.0,
                Paint::Fixed([0.2, 0.16, 0.12]),
            );
        }
    } else {
        for y in [530.0, 630.0, 730.0] {
            button(&mut details, (412.0, y), 13.0, Paint::Trim);
            button(&mut details, (488.0, y), 13.0, Paint::Trim);
        }
    }
    Garment {
        body: vec![body],
        zones,
        details,
        drape: Drape::Folds,
        hanger: Some(shoulder_hanger()),
        light: 1.0,
        origin: (450.0, 220.0),
    }
}

/// Trousers with a waistband, two legs, pockets and pressed creases.
fn trousers() -> Garment {
    let half = Prim::poly(vec![
        (450.0, 200.0),
        (318.0, 200.0),
        (296.0, 430.0),
        (258.0, 1085.0),
        (432.0, 1085.0),
        (448.0, 455.0),
        (450.0, 455.0),
    ]);
    let body = Part::of(half).symmetric();
    let waistband = Part::of(Prim::Rect((300.0, 196.0), (600.0, 246.0), 0.0));
    let mut details = vec![
        seam((462.0, 246.0), (462.0, 392.0)),
        seam((462.0, 392.0), (449.0, 440.0)),
        seam((372.0, 248.0), (318.0, 340.0)),
        seam((528.0, 248.0), (582.0, 340.0)),
        (
            Part::of(Prim::Line((362.0, 470.0), (346.0, 1080.0), 1.8)),
            Paint::Tint(1.18),
        ),
        (
            Part::of(Prim::Line((538.0, 470.0), (554.0, 1080.0), 1.8)),
            Paint::Tint(1.18),
        ),
    ];
    for x in [336.0, 420.0, 480.0, 564.0] {
        details.push((
            Part::of(Prim::Rect((x - 7.0, 192.0), (x + 7.0, 250.0), 3.0)),
            Paint::Tint(0.78),
        ));
    }
    button(
        &mut details,
        (450.0, 221.0),
        10.0,
        Paint::Fixed([0.5, 0.45, 0.38]),
    );
    Garment {
        body: vec![body],
        zones: vec![(waistband, Paint::Tint(0.88))],
        details,
        drape: Drape::Folds,
        hanger: Some(clip_hanger(196.0)),
        light: 1.0,
        origin: (450.0, 250.0),
    }
}

/// An A-line skirt with a waistband; pleated when it says so.
fn skirt(pleated: bool) -> Garment {
    let body = Part::of(Prim::poly(vec![
        (325.0, 290.0),
        (575.0, 290.0),
        (588.0, 350.0),
        (700.0, 920.0),
        (200.0, 920.0),
        (312.0, 350.0),
    ]))
    .also(Prim::Ellipse((450.0, 920.0), (250.0, 36.0)));
    let waistband = Part::of(Prim::Rect((300.0, 286.0), (600.0, 346.0), 0.0));
    let mut details = vec![seam((550.0, 350.0), (575.0, 470.0))];
    button(
        &mut details,
        (560.0, 316.0),
        9.0,
        Paint::Fixed([0.93, 0.9, 0.84]),
    );
    Garment {
        body: vec![body],
        zones: vec![(waistband, Paint::Tint(0.85))],
        details,
        drape: Drape::Fan {
            origin: (450.0, 0.0),
            count: if pleated { 90.0 } else { 38.0 },
            strength: if pleated { 0.1 } else { 0.06 },
        },
        hanger: Some(clip_hanger(286.0)),
        light: 1.0,
        origin: (450.0, 350.0),
    }
}

/// A tote, or a smaller rounder bowling bag, with an arched handle and a clasp.
fn bag(small: bool) -> Garment {
    let (top, bottom, half_top, half_bottom, radius) = if small {
        (570.0, 900.0, 170.0, 250.0, 60.0)
    } else {
        (500.0, 1000.0, 205.0, 250.0, 26.0)
    };
    let body = rounded(
        &[
            (450.0 - half_top + radius, top + radius),
            (450.0 + half_top - radius, top + radius),
            (450.0 + half_bottom - radius, bottom - radius),
            (450.0 - half_bottom + radius, bottom - radius),
        ],
        radius,
    );
    let (rx, ry) = if small {
        (110.0, 190.0)
    } else {
        (140.0, 230.0)
    };
    let handle = Part::of(Prim::Ellipse((450.0, top + 10.0), (rx, ry)))
        .minus(Prim::Ellipse((450.0, top + 10.0), (rx - 24.0, ry - 24.0)))
        .minus(Prim::Rect((0.0, top + 10.0), (900.0, 1200.0), 0.0));
    let gold = [0.9, 0.74, 0.36];
    let mut zones = vec![(handle.clone(), Paint::Trim)];
    let mut details = vec![
        (
            Part::of(Prim::Rect(
                (450.0 - rx - 16.0, top - 8.0),
                (450.0 - rx + 36.0, top + 62.0),
                8.0,
            )),
            Paint::Trim,
        ),
        (
            Part::of(Prim::Rect(
                (450.0 + rx - 36.0, top - 8.0),
                (450.0 + rx + 16.0, top + 62.0),
                8.0,
            )),
            Paint::Trim,
        ),
        (
            Part::of(Prim::Rect((420.0, top + 38.0), (480.0, top + 92.0), 8.0)),
            Paint::Fixed([0.55, 0.42, 0.16]),
        ),
        (
            Part::of(Prim::Rect((426.0, top + 44.0), (474.0, top + 86.0), 6.0)),
            Paint::Fixed(gold),
        ),
        seam(
            (450.0 - half_bottom + 30.0, bottom - 24.0),
            (450.0 + half_bottom - 30.0, bottom - 24.0),
        ),
    ];
    if small {
        // A zip along the top, and piping round the sides.
        details.push((
            Part::of(Prim::Line((330.0, top + 22.0), (570.0, top + 22.0), 4.0)),
            Paint::Fixed(gold),
        ));
        details.push((
            Part::of(Prim::Ellipse(
                (450.0, bottom - 150.0),
                (half_bottom - 22.0, 150.0),
            ))
            .minus(Prim::Ellipse(
                (450.0, bottom - 150.0),
                (half_bottom - 28.0, 144.0),
            ))
            .minus(Prim::Rect((0.0, 0.0), (900.0, bottom - 150.0), 0.0)),
            Paint::Trim,
        ));
    } else {
        zones.push((
            Part::of(Prim::Rect((0.0, top - 10.0), (900.0, top + 46.0), 0.0)),
            Paint::Trim,
        ));
    }
    for x in [450.0 - rx + 10.0, 450.0 + rx - 10.0] {
        details.push((
            Part::of(Prim::Ellipse((x, top + 40.0), (6.0, 6.0))),
            Paint::Fixed(gold),
        ));
    }
    Garment {
        body: vec![body, handle],
        zones,
        details,
        drape: Drape::Stiff,
        hanger: None,
        light: 1.0,
        origin: (450.0, top),
    }
}

/// A low-top sneaker seen from the side, toe to the right, moved by (dx, dy).
fn sneaker(dx: f32, dy: f32) -> Garment {
    let upper = Part::of(Prim::poly(smooth(
        &[
            (132.0, 720.0),
            (142.0, 628.0),
            (176.0, 586.0),
            (230.0, 596.0),
            (290.0, 620.0),
            (350.0, 606.0),
            (398.0, 562.0),
            (428.0, 520.0),
            (476.0, 516.0),
            (506.0, 552.0),
            (586.0, 616.0),
            (668.0, 664.0),
            (742.0, 698.0),
            (792.0, 730.0),
            (814.0, 790.0),
            (790.0, 830.0),
            (170.0, 830.0),
            (138.0, 800.0),
        ],
        4,
    )))
    .minus(Prim::Rect((0.0, 805.0), (900.0, 1200.0), 0.0));
    let sole = rounded(
        &[
            (150.0, 808.0),
            (800.0, 808.0),
            (800.0, 836.0),
            (150.0, 836.0),
        ],
        26.0,
    );
    let pull_tab = Part::of(Prim::Rect((136.0, 560.0), (166.0, 640.0), 10.0));
    let white = [0.97, 0.96, 0.94];
    let zones = vec![
        (
            Part::of(Prim::Rect((100.0, 790.0), (840.0, 880.0), 0.0)),
            Paint::Fixed(white),
        ),
        (
            Part::of(Prim::Rect((126.0, 556.0), (176.0, 790.0), 10.0)),
            Paint::Trim,
        ),
        (
            Part::of(Prim::Line((180.0, 590.0), (296.0, 622.0), 15.0)),
            Paint::Shade(0.86),
        ),
        (
            Part::of(Prim::Ellipse((560.0, 930.0), (330.0, 270.0)))
                .minus(Prim::Ellipse((560.0, 930.0), (300.0, 242.0)))
                .minus(Prim::Rect((560.0, 0.0), (900.0, 1200.0), 0.0)),
            Paint::Trim,
        ),
        (
            Part::of(Prim::Ellipse((770.0, 800.0), (130.0, 84.0))),
            Paint::Tint(0.92),
        ),
    ];
    let mut details = vec![(
        Part::of(Prim::Line((140.0, 848.0), (812.0, 848.0), 2.0)),
        Paint::Fixed([0.62, 0.62, 0.62]),
    )];
    // Laces cross the throat between two rows of eyelets.
    let (a, b) = ((486.0, 574.0), (630.0, 662.0));
    let normal = (-0.52, 0.85);
    for i in 0..4 {
        let t = i as f32 / 3.0;
        let p = (a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t);
        let low = (p.0 + normal.0 * 16.0, p.1 + normal.1 * 16.0);
        let high = (p.0 - normal.0 * 12.0, p.1 - normal.1 * 12.0);
        details.push((
            Part::of(Prim::Line(low, high, 8.0)),
            Paint::Fixed([0.45, 0.45, 0.47]),
        ));
        details.push((Part::of(Prim::Line(low, high, 5.5)), Paint::Fixed(white)));
        details.push((
            Part::of(Prim::Ellipse(low, (5.5, 5.5))),
            Paint::Fixed([0.3, 0.3, 0.32]),
        ));
    }
    let moved = |part: Part| part.moved(dx, dy);
    Garment {
        body: vec![moved(pull_tab), moved(upper), moved(sole)],
        zones: zones
            .into_iter()
            .map(|(part, paint)| (moved(part), paint))
            .collect(),
        details: details
            .into_iter()
            .map(|(part, paint)| (moved(part), paint))
            .collect(),
        drape: Drape::Stiff,
        hanger: None,
        light: 1.0,
        origin: (450.0 + dx, 600.0 + dy),
    }
}

// ---------------------------------------------------------------------------
// Drawing
// ---------------------------------------------------------------------------

/// Anti-aliased coverage (0 to 1) of some parts, over their bounding box.
struct Mask {
    /// Left edge of the box, in picture pixels.
    x0: usize,
    /// Top edge of the box.
    y0: usize,
    /// Width of the box.
    width: usize,
    /// Height of the box.
    height: usize,
    /// Coverage, row by row.
    cover: Vec<f32>,
}

impl Mask {
    /// The coverage of the union of `parts`, clipped to the picture.
    fn of(parts: &[Part]) -> Mask {
        let contains = |x: f32, y: f32| parts.iter().any(|p| p.contains(x, y));
        let [bx0, by0, bx1, by1] = parts.iter().map(Part::bounds).fold(
            [f32::MAX, f32::MAX, f32::MIN, f32::MIN],
            |[a, b, c, d], [x0, y0, x1, y1]| [a.min(x0), b.min(y0), c.max(x1), d.max(y1)],
        );
        let clamp = |v: f32, max: u32| (v.max(0.0) as usize).min(max as usize);
        let (x0, y0) = (clamp(bx0 - 2.0, WIDTH), clamp(by0 - 2.0, HEIGHT));
        let (x1, y1) = (clamp(bx1 + 3.0, WIDTH), clamp(by1 + 3.0, HEIGHT));
        let (width, height) = (x1.saturating_sub(x0), y1.saturating_sub(y0));
        let mut centre = vec![false; width * height];
        for ly in 0..height {
            for lx in 0..width {
                centre[ly * width + lx] = contains((x0 + lx) as f32 + 0.5, (y0 + ly) as f32 + 0.5);
            }
        }
        let mut cover: Vec<f32> = centre.iter().map(|&c| f32::from(u8::from(c))).collect();
        // A pixel that differs from a neighbour sits on an edge: sample it 4 x 4.
        for ly in 0..height {
            for lx in 0..width {
                let i = ly * width + lx;
                let here = centre[i];
                let differs = (lx > 0 && centre[i - 1] != here)
                    || (lx + 1 < width && centre[i + 1] != here)
                    || (ly > 0 && centre[i - width] != here)
                    || (ly + 1 < height && centre[i + width] != here);
                if !differs {
                    continue;
                }
                let mut inside = 0u8;
                for sy in 0..4 {
                    for sx in 0..4 {
                        let px = (x0 + lx) as f32 + (sx as f32 + 0.5) / 4.0;
                        let py = (y0 + ly) as f32 + (sy as f32 + 0.5) / 4.0;
                        inside += u8::from(contains(px, py));
                    }
                }
                cover[i] = f32::from(inside) / 16.0;
            }
        }
        Mask {
            x0,
            y0,
            width,
            height,
            cover,
        }
    }

    /// The coverage at a picture pixel; 0 outside the box.
    fn at(&self, x: isize, y: isize) -> f32 {
        let (lx, ly) = (x - self.x0 as isize, y - self.y0 as isize);
        if lx < 0 || ly < 0 || lx >= self.width as isize || ly >= self.height as isize {
            return 0.0;
        }
        self.cover[ly as usize * self.width + lx as usize]
    }
}

/// Distances in pixels to the edge of a mask, over its box plus a margin,
/// sampled every `step` pixels.
struct Field {
    /// Left edge of the box, in picture pixels (may be negative).
    x0: isize,
    /// Top edge of the box.
    y0: isize,
    /// Width of the box, in samples.
    width: usize,
    /// Height of the box, in samples.
    height: usize,
    /// Picture pixels between samples.
    step: usize,
    /// Distances, row by row.
    d: Vec<f32>,
    /// The distance reported outside the box.
    beyond: f32,
}

impl Field {
    /// Chamfer distance from each pixel to the nearest one on the other side
    /// of the silhouette: measured inside it when `from_inside`, else outside;
    /// pixels on the other side get 0. A `step` above 1 is coarser and faster.
    fn new(mask: &Mask, margin: usize, from_inside: bool, step: usize) -> Field {
        let width = (mask.width + 2 * margin).div_ceil(step);
        let height = (mask.height + 2 * margin).div_ceil(step);
        let x0 = mask.x0 as isize - margin as isize;
        let y0 = mask.y0 as isize - margin as isize;
        let far = 1e6f32;
        let mut d = Vec::with_capacity(width * height);
        let half = (step / 2) as isize;
        for ly in 0..height as isize {
            for lx in 0..width as isize {
                let (x, y) = (
                    x0 + lx * step as isize + half,
                    y0 + ly * step as isize + half,
                );
                let inside = mask.at(x, y) >= 0.5;
                d.push(if inside == from_inside { far } else { 0.0 });
            }
        }
        let straight = step as f32;
        let diagonal = straight * std::f32::consts::SQRT_2;
        for y in 0..height {
            for x in 0..width {
                let i = y * width + x;
                if d[i] == 0.0 {
                    continue;
                }
                let mut best = d[i];
                if x > 0 {
                    best = best.min(d[i - 1] + straight);
                }
                if y > 0 {
                    best = best.min(d[i - width] + straight);
                    if x > 0 {
                        best = best.min(d[i - width - 1] + diagonal);
                    }
                    if x + 1 < width {
                        best = best.min(d[i - width + 1] + diagonal);
                    }
                }
                d[i] = best;
            }
        }
        for y in (0..height).rev() {
            for x in (0..width).rev() {
                let i = y * width + x;
                if d[i] == 0.0 {
                    continue;
                }
                let mut best = d[i];
                if x + 1 < width {
                    best = best.min(d[i + 1] + straight);
                }
                if y + 1 < height {
                    best = best.min(d[i + width] + straight);
                    if x + 1 < width {
                        best = best.min(d[i + width + 1] + diagonal);
                    }
                    if x > 0 {
                        best = best.min(d[i + width - 1] + diagonal);
                    }
                }
                d[i] = best;
            }
        }
        Field {
            x0,
            y0,
            width,
            height,
            step,
            d,
            beyond: if from_inside { 0.0 } else { far },
        }
    }

    /// The distance at a sample.
    fn sample(&self, sx: isize, sy: isize) -> f32 {
        if sx < 0 || sy < 0 || sx >= self.width as isize || sy >= self.height as isize {
            return self.beyond;
        }
        self.d[sy as usize * self.width + sx as usize]
    }

    /// The distance at a picture pixel, interpolated between samples.
    fn at(&self, x: isize, y: isize) -> f32 {
        if self.step == 1 {
            return self.sample(x - self.x0, y - self.y0);
        }
        let step = self.step as f32;
        let fx = ((x - self.x0) as f32 + 0.5) / step - 0.5;
        let fy = ((y - self.y0) as f32 + 0.5) / step - 0.5;
        let (sx, sy) = (fx.floor(), fy.floor());
        let (tx, ty) = (fx - sx, fy - sy);
        let (sx, sy) = (sx as isize, sy as isize);
        let top = self.sample(sx, sy) * (1.0 - tx) + self.sample(sx + 1, sy) * tx;
        let bottom = self.sample(sx, sy + 1) * (1.0 - tx) + self.sample(sx + 1, sy + 1) * tx;
        top * (1.0 - ty) + bottom * ty
    }
}

/// A picture being drawn, in floating-point RGB.
struct Canvas {
    /// Pixels, row by row.
    pixels: Vec<Rgb>,
}

impl Canvas {
    /// A soft vertical gradient with a gentle light behind the garment.
    fn backdrop(palette: &Palette) -> Canvas {
        let mut pixels = Vec::with_capacity((WIDTH * HEIGHT) as usize);
        for y in 0..HEIGHT {
            let t = y as f32 / (HEIGHT - 1) as f32;
            let row = mix(palette.sky, palette.floor, t * t * (3.0 - 2.0 * t));
            let dy = (y as f32 - 520.0) / 760.0;
            for x in 0..WIDTH {
                let dx = (x as f32 - 450.0) / 620.0;
                let glow = (1.0 - (dx * dx + dy * dy)).max(0.0) * 0.07;
                pixels.push(mix(row, [1.0; 3], glow));
            }
        }
        Canvas { pixels }
    }

    /// Blends `paint` wherever `part` is, and only inside `clip` when given.
    fn fill(
        &mut self,
        part: &Part,
        look: &Look,
        origin: P,
        paint: Paint,
        light: f32,
        clip: Option<&Mask>,
    ) {
        let mask = Mask::of(std::slice::from_ref(part));
        for ly in 0..mask.height {
            for lx in 0..mask.width {
                let (x, y) = (mask.x0 + lx, mask.y0 + ly);
                let clipped = clip.map_or(1.0, |c| c.at(x as isize, y as isize));
                let alpha = mask.cover[ly * mask.width + lx] * clipped;
                if alpha <= 0.0 {
                    continue;
                }
                let i = y * WIDTH as usize + x;
                let uv = (x as f32 + 0.5 - origin.0, y as f32 + 0.5 - origin.1);
                let color = scale(paint.color(look, self.pixels[i], uv), light);
                self.pixels[i] = mix(self.pixels[i], color, alpha);
            }
        }
    }

    /// Draws a garment: hanger, soft shadow, shaded and outlined body, details.
    fn draw(&mut self, garment: &Garment, look: &Look) {
        let origin = garment.origin;
        if let Some(hanger) = &garment.hanger {
            self.fill(
                hanger,
                look,
                origin,
                Paint::Fixed([0.36, 0.3, 0.26]),
                1.0,
                None,
            );
        }
        let body = Mask::of(&garment.body);
        let depth = Field::new(&body, 0, true, 1);

        // The shadow: the silhouette moved down and right, with a soft edge.
        let (sx, sy, reach) = (18isize, 26isize, 46usize);
        let gap = Field::new(&body, reach, false, 4);
        let (gap_width, gap_height) = (
            (gap.width * gap.step) as isize,
            (gap.height * gap.step) as isize,
        );
        let x_range = (gap.x0 + sx).max(0)..(gap.x0 + sx + gap_width).min(WIDTH as isize);
        let y_range = (gap.y0 + sy).max(0)..(gap.y0 + sy + gap_height).min(HEIGHT as isize);
        for y in y_range {
            for x in x_range.clone() {
                let d = gap.at(x - sx, y - sy);
                if d < reach as f32 {
                    let t = 1.0 - d / reach as f32;
                    let i = y as usize * WIDTH as usize + x as usize;
                    self.pixels[i] = scale(self.pixels[i], 1.0 - 0.2 * t * t);
                }
            }
        }

        let height = body.height.max(1) as f32;
        for ly in 0..body.height {
            for lx in 0..body.width {
                let alpha = body.cover[ly * body.width + lx];
                if alpha <= 0.0 {
                    continue;
                }
                let (x, y) = (body.x0 + lx, body.y0 + ly);
                let (fx, fy) = (x as f32 + 0.5, y as f32 + 0.5);
                let (u, v) = (fx - origin.0, fy - origin.1);
                let fabric = look.fabric_at(u, v);
                let color = garment
                    .zones
                    .iter()
                    .find(|(part, _)| part.contains(fx, fy))
                    .map_or(fabric, |(_, paint)| paint.color(look, fabric, (u, v)));
                // Volume: darker towards the edges, a dark outline at them,
                // light from above, and folds.
                let d = depth.at(x as isize, y as isize);
                let edge = if d < 2.5 {
                    0.55
                } else {
                    let t = ((d - 2.5) / 34.0).min(1.0);
                    0.8 + 0.2 * t * t * (3.0 - 2.0 * t)
                };
                let overhead = 1.04 - 0.1 * ly as f32 / height;
                let factor = edge * overhead * garment.drape.at(fx, fy) * grain(x as u32, y as u32);
                let i = y * WIDTH as usize + x;
                self.pixels[i] = mix(self.pixels[i], scale(color, factor * garment.light), alpha);
            }
        }
        for (part, paint) in &garment.details {
            self.fill(part, look, origin, *paint, garment.light, Some(&body));
        }
    }

    /// The picture as PNG bytes.
    fn into_png(self) -> Vec<u8> {
        let to_byte = |c: f32| (c.clamp(0.0, 1.0) * 255.0 + 0.5) as u8;
        let raw: Vec<u8> = self
            .pixels
            .iter()
            .flat_map(|p| [to_byte(p[0]), to_byte(p[1]), to_byte(p[2])])
            .collect();
        let mut bytes = Vec::new();
        PngEncoder::new_with_quality(
            Cursor::new(&mut bytes),
            CompressionType::Fast,
            FilterType::Adaptive,
        )
        .write_image(&raw, WIDTH, HEIGHT, image::ExtendedColorType::Rgb8)
        .expect("encoding a PNG into memory cannot fail");
        bytes
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use cocrea_api::validation::{DESCRIPTION_MAX, TITLE_MAX, TITLE_MIN};

    #[test]
    fn there_are_at_least_16_designs_covering_every_category() {
        let designs = demo_designs();
        assert!(designs.len() >= 16);
        for category in Category::ALL {
            assert!(
                designs.iter().any(|d| d.category == category),
                "no demo design in {category:?}"
            );
        }
    }

    #[test]
    fn demo_titles_and_descriptions_meet_the_submission_rules() {
        for design in demo_designs() {
            let title = design.title.chars().count();
            assert!((TITLE_MIN..=TITLE_MAX).contains(&title), "{}", design.title);
            assert!(!design.description.is_empty());
            assert!(design.description.chars().count() <= DESCRIPTION_MAX);
            assert!(design.description.ends_with('.'), "{}", design.description);
            assert!(!design.description.contains("  "), "{}", design.description);
            let valid = cocrea_api::validation::NewDesignText {
                title: design.title.into(),
                description: design.description.into(),
                category: design.category.slug().into(),
            }
            .validate();
            assert!(valid.is_ok(), "{}: {valid:?}", design.title);
        }
    }

    #[test]
    fn demo_votes_span_new_and_old_designs_below_and_past_the_goal() {
        let designs = demo_designs();
        let goal = cocrea_api::limits::DEFAULT_LIKE_GOAL;
        assert!(designs.iter().any(|d| d.likes == 0));
        assert!(designs.iter().any(|d| d.likes > goal));
        assert!(designs.iter().any(|d| (goal - 10..goal).contains(&d.likes)));
        assert!(designs.iter().all(|d| (0..=140).contains(&d.likes)));
        assert!(designs.iter().all(|d| (1.0..=720.0).contains(&d.age_hours)));
        let mut designers: Vec<_> = designs.iter().map(|d| d.designer).collect();
        designers.sort_unstable();
        designers.dedup();
        assert!(designers.len() >= 5, "{designers:?}");
    }

    /// The index of the first demo design whose title contains `word`.
    fn index_of(word: &str) -> usize {
        demo_designs()
            .iter()
            .position(|d| d.title.contains(word))
            .unwrap()
    }

    // Drawing is slow in a debug build without the crate's opt-level (Cargo.toml),
    // so only two pictures are drawn here; the geometry of all of them is checked
    // on a coarse grid below.

    #[test]
    fn a_demo_image_is_a_900_by_1200_png() {
        // The shoes: two garments, the most drawing of any picture.
        let index = index_of("Cloud Runner");
        let png = demo_image(index, &demo_designs()[index]);
        assert_eq!(image::guess_format(&png).unwrap(), image::ImageFormat::Png);
        let decoded = image::load_from_memory(&png).unwrap();
        assert_eq!((decoded.width(), decoded.height()), (WIDTH, HEIGHT));
    }

    #[test]
    fn a_demo_image_is_the_same_every_time() {
        let index = index_of("Bowling Bag");
        let design = &demo_designs()[index];
        assert_eq!(demo_image(index, design), demo_image(index, design));
    }

    #[test]
    fn every_garment_sits_inside_the_picture_and_fills_a_fair_part_of_it() {
        for (index, design) in demo_designs().iter().enumerate() {
            let look = Look::of(index, design);
            let parts: Vec<Part> = garments(design, &look)
                .into_iter()
                .flat_map(|g| g.body.into_iter().chain(g.hanger))
                .collect();
            for part in &parts {
                let [x0, y0, x1, y1] = part.bounds();
                let inside = x0 >= 20.0 && y0 >= 20.0 && x1 <= 880.0 && y1 <= 1180.0;
                assert!(inside, "{}: {:?}", design.title, part.bounds());
            }
            let step = 10;
            let (mut covered, mut total) = (0, 0);
            for y in (0..HEIGHT).step_by(step) {
                for x in (0..WIDTH).step_by(step) {
                    total += 1;
                    covered += usize::from(parts.iter().any(|p| p.contains(x as f32, y as f32)));
                }
            }
            let share = covered as f32 / total as f32;
            assert!((0.1..0.6).contains(&share), "{}: {share}", design.title);
        }
    }

    #[test]
    fn no_two_demo_designs_look_alike() {
        let designs = demo_designs();
        let mut looks: Vec<_> = designs
            .iter()
            .enumerate()
            .map(|(index, design)| {
                let look = Look::of(index, design);
                (design.category, look.palette.keyword, look.pattern)
            })
            .collect();
        let palettes: Vec<_> = looks.iter().map(|l| l.1).collect();
        looks.sort_by_key(|l| format!("{l:?}"));
        looks.dedup();
        assert_eq!(looks.len(), designs.len());
        // And every design has its own palette, so thumbnails differ at a glance.
        let mut unique = palettes.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), palettes.len(), "{palettes:?}");
    }

    #[test]
    fn a_title_picks_its_pattern_and_palette() {
        let designs = demo_designs();
        let find = |title: &str| designs.iter().position(|d| d.title == title).unwrap();
        let breton = Look::of(
            find("Breton Stripe Boxy Tee"),
            &designs[find("Breton Stripe Boxy Tee")],
        );
        assert_eq!(breton.pattern, Pattern::Stripes);
        assert_eq!(breton.palette.keyword, "breton");
        let pinstripe = find("Wide-Leg Pinstripe Trousers");
        assert_eq!(
            Look::of(pinstripe, &designs[pinstripe]).pattern,
            Pattern::Pinstripes
        );
        let plain = DemoDesign {
            title: "Plain Thing",
            ..designs[0].clone()
        };
        let look = Look::of(3, &plain);
        assert_eq!(look.pattern, Pattern::Solid);
        assert_eq!(look.palette.keyword, PALETTES[3].keyword);
    }
}
