import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

type Scenario = z.input<typeof scenarioSchema>;
type Node = { id: string; name: string };

// A regional slice of the Best Buy catalog in spring 2025: TVs, laptops, audio, gaming, cameras and
// smart home. Worth exploring: a flagship TV with more reviews than one page, products on sale and
// at full price, a clearance item with no reviews, an open-box laptop with no category path, two
// stores in one city, an outlet with no services, and stores just inside/outside a 25-mile radius.
const root: Node = { id: 'cat00000', name: 'Best Buy' };
const tvHome: Node = { id: 'abcat0100000', name: 'TV & Home Theater' };
const tvs: Node = { id: 'abcat0101000', name: 'TVs' };
const computers: Node = { id: 'abcat0500000', name: 'Computers & Tablets' };
const laptops: Node = { id: 'abcat0502000', name: 'Laptops' };
const audio: Node = { id: 'abcat0200000', name: 'Audio' };
const headphones: Node = { id: 'abcat0204000', name: 'Headphones' };
const gaming: Node = { id: 'abcat0700000', name: 'Video Games' };
const consoles: Node = { id: 'abcat0701000', name: 'Consoles' };
const cameras: Node = { id: 'abcat0400000', name: 'Cameras, Camcorders & Drones' };
const smartHome: Node = { id: 'pcmcat254000050002', name: 'Smart Home' };

type Review = { rating: number; by: string; at: string; title: string; text: string; helpful: number };
type Item = {
  sku: number;
  name: string;
  description: string;
  longDescription: string;
  sale: number;
  regular: number;
  manufacturer: string;
  model: string;
  path: Node[];
  features: string[];
  reviews?: Review[];
};

const review = (rating: number, by: string, at: string, title: string, text: string, helpful = 0): Review => ({
  rating,
  by,
  at,
  title,
  text,
  helpful,
});

const items: Item[] = [
  {
    sku: 6535495,
    name: 'Samsung - 65" Class QN90D Neo QLED 4K Smart Tizen TV',
    description: '65-inch Neo QLED 4K with Mini LED backlight',
    longDescription: 'Quantum Mini LEDs and the NQ4 AI Gen2 processor deliver deep contrast and 4K upscaling; 120Hz panel with gaming hub.',
    sale: 1599.99,
    regular: 2199.99,
    manufacturer: 'Samsung',
    model: 'QN65QN90DAFXZA',
    path: [root, tvHome, tvs],
    features: ['Neo Quantum Processor 4K', '120Hz refresh rate', 'Object Tracking Sound+', 'Anti-glare matte display'],
    reviews: [
      review(
        5,
        'HomeTheaterHank',
        '2025-01-04T18:22:10',
        'Stunning picture',
        'Blacks are deep and the brightness handles our sunny living room.',
        14,
      ),
      review(5, 'JennaP', '2025-01-09T20:01:44', 'Best TV we have owned', 'Setup took ten minutes. Sports look great.', 6),
      review(4, 'mkotlarz', '2025-01-12T09:15:03', 'Great but Tizen is slow', 'Panel is excellent; the smart menus lag a bit.', 9),
      review(5, 'GamerDad77', '2025-01-18T22:40:51', 'Perfect for PS5', '4K120 works on all four HDMI ports. No complaints.', 3),
      review(3, 'Ruth_S', '2025-01-25T13:05:27', 'Some blooming', 'Noticeable halos around subtitles in dark scenes.', 11),
      review(5, 'avfan', '2025-02-01T16:48:00', 'Bright and accurate', 'Filmmaker mode out of the box is close to calibrated.', 5),
      review(4, 'Lucas M', '2025-02-07T11:30:12', 'Good value on sale', 'Picked it up at $1,599, worth it at that price.', 2),
      review(5, 'Priya_K', '2025-02-14T19:19:19', 'Wow', 'Our old LED looks washed out next to this.', 0),
      review(2, 'bcarter', '2025-02-20T08:02:33', 'Stand is wobbly', 'Picture is fine but the pedestal stand wobbles.', 7),
      review(5, 'NightOwlNina', '2025-02-27T23:59:59', 'Great for movies', 'Dolby Atmos passthrough to my soundbar works.', 1),
      review(4, 'T. Nguyen', '2025-03-03T10:10:10', 'Solid', 'Would be 5 stars with Dolby Vision support.', 4),
      review(5, 'kellyb', '2025-03-08T15:45:00', 'Love it', 'Ambient mode shows our photos when off.', 0),
    ],
  },
  {
    sku: 6578123,
    name: 'LG - 55" Class C4 Series OLED evo 4K Smart webOS TV',
    description: '55-inch OLED evo with α9 AI processor',
    longDescription: 'Self-lit pixels for perfect black, 144Hz refresh, four HDMI 2.1 ports and Dolby Vision gaming.',
    sale: 1299.99,
    regular: 1299.99,
    manufacturer: 'LG',
    model: 'OLED55C4PUA',
    path: [root, tvHome, tvs],
    features: ['OLED evo panel', '144Hz refresh rate', 'Dolby Vision & Atmos', 'webOS 24'],
    reviews: [
      review(5, 'cinephile_22', '2025-02-02T21:00:00', 'Perfect blacks', 'Nothing beats OLED for movie night.', 8),
      review(4, 'OliviaR', '2025-02-16T12:34:56', 'Watch the brightness', 'Not as bright as mini LED in a sunny room.', 3),
    ],
  },
  {
    sku: 6501882,
    name: 'Insignia - 43" Class F30 Series LED 4K UHD Smart Fire TV',
    description: '43-inch 4K Fire TV for bedrooms and dorms',
    longDescription: 'Alexa voice remote, Fire TV built in, three HDMI ports and DTS Studio Sound.',
    sale: 199.99,
    regular: 269.99,
    manufacturer: 'Insignia',
    model: 'NS-43F301NA25',
    path: [root, tvHome, tvs],
    features: ['Fire TV built in', 'Alexa Voice Remote', 'HDR10'],
    reviews: [
      review(4, 'dormlife', '2025-01-30T17:17:17', 'Great for the price', 'Does everything I need for a bedroom TV.', 2),
      review(3, 'frank_w', '2025-02-11T07:45:00', 'OK picture', 'Viewing angles are narrow.', 1),
      review(5, 'MomOf3', '2025-03-01T14:00:00', 'Kids love it', 'Easy parental controls.', 0),
    ],
  },
  {
    sku: 6571366,
    name: 'Apple - MacBook Air 13" Laptop - M3 chip - 16GB Memory - 256GB SSD - Midnight',
    description: '13.6-inch Liquid Retina, Apple M3, 16GB unified memory',
    longDescription: 'Fanless design, up to 18 hours of battery life, 1080p FaceTime HD camera and MagSafe charging.',
    sale: 899.0,
    regular: 1099.0,
    manufacturer: 'Apple',
    model: 'MC8K4LL/A',
    path: [root, computers, laptops],
    features: ['Apple M3 chip', '16GB unified memory', 'Up to 18 hours battery', 'Two Thunderbolt ports'],
    reviews: [
      review(5, 'gradstudent_li', '2025-02-05T10:00:00', 'Silent and fast', 'No fan and it never gets hot taking notes.', 12),
      review(5, 'Sam T', '2025-02-19T18:30:00', 'Battery for days', 'I charge it twice a week.', 4),
      review(4, 'devon', '2025-03-02T09:09:09', 'Only two ports', 'Needed a dongle for my monitor and keyboard.', 6),
    ],
  },
  {
    sku: 6569876,
    name: 'Dell - XPS 14 14.5" OLED Touch Laptop - Intel Core Ultra 7 - 32GB Memory - 1TB SSD - Platinum',
    description: '14.5-inch 3.2K OLED touch, Core Ultra 7 155H',
    longDescription: 'CNC aluminum chassis, NVIDIA GeForce RTX 4050, haptic touchpad and Wi-Fi 7.',
    sale: 1899.99,
    regular: 2199.99,
    manufacturer: 'Dell',
    model: 'XPS9440-7751SLV-PUS',
    path: [root, computers, laptops],
    features: ['3.2K OLED touch display', 'NVIDIA GeForce RTX 4050', 'Wi-Fi 7'],
    reviews: [
      review(4, 'creativecoder', '2025-01-21T22:22:22', 'Gorgeous screen', 'Function row is capacitive, takes getting used to.', 5),
    ],
  },
  {
    sku: 6602210,
    name: 'Lenovo - IdeaPad Slim 3 15.6" Laptop - Ryzen 5 - 8GB Memory - 512GB SSD - Open-Box',
    description: 'Open-box 15.6-inch FHD laptop, Ryzen 5 7520U',
    longDescription: 'Inspected and tested open-box unit with full warranty. Minor cosmetic wear possible.',
    sale: 329.99,
    regular: 449.99,
    manufacturer: 'Lenovo',
    model: '82XQ00BKUS',
    path: [],
    features: ['AMD Ryzen 5 7520U', 'Full HD display'],
  },
  {
    sku: 6505727,
    name: 'Sony - WH-1000XM5 Wireless Noise Canceling Over-the-Ear Headphones - Black',
    description: 'Industry-leading noise canceling headphones',
    longDescription: 'Eight microphones and two processors for noise canceling, 30-hour battery, multipoint Bluetooth.',
    sale: 329.99,
    regular: 399.99,
    manufacturer: 'Sony',
    model: 'WH1000XM5/B',
    path: [root, audio, headphones],
    features: ['Auto NC Optimizer', '30-hour battery', 'Multipoint connection', 'Speak-to-chat'],
    reviews: [
      review(5, 'frequentflyer', '2025-01-07T06:30:00', 'Flights are quiet now', 'Engine drone disappears.', 21),
      review(4, 'audiophile_ana', '2025-01-28T19:00:00', 'Comfortable', 'Bass is a little boosted; EQ fixes it.', 3),
      review(1, 'returnedit', '2025-02-09T12:00:00', 'Hinge cracked', 'Cracked after two months. Exchanged under warranty.', 9),
      review(5, 'commuterCal', '2025-03-04T08:15:00', 'Daily driver', 'Best ANC I have tried.', 0),
    ],
  },
  {
    sku: 6418599,
    name: 'Apple - AirPods Pro 2 (USB-C) Wireless Earbuds',
    description: 'Active noise cancellation, Adaptive Audio, USB-C MagSafe case',
    longDescription: 'H2 chip, personalized spatial audio, hearing health features and up to 6 hours of listening.',
    sale: 189.99,
    regular: 249.99,
    manufacturer: 'Apple',
    model: 'MTJV3AM/A',
    path: [root, audio, headphones],
    features: ['Adaptive Audio', 'USB-C charging case', 'Hearing aid feature'],
    reviews: [review(5, 'iphoneuser', '2025-02-22T20:20:20', 'Seamless', 'Switches between my iPhone and Mac automatically.', 2)],
  },
  {
    sku: 6560917,
    name: 'JBL - Charge 5 Portable Waterproof Speaker - Blue',
    description: 'IP67 portable Bluetooth speaker with power bank',
    longDescription: 'Bold JBL Original Pro Sound, 20 hours of playtime, PartyBoost pairing.',
    sale: 139.99,
    regular: 179.99,
    manufacturer: 'JBL',
    model: 'JBLCHARGE5BLUAM',
    path: [root, audio],
    features: ['IP67 waterproof and dustproof', '20 hours playtime', 'Built-in power bank'],
  },
  {
    sku: 6426149,
    name: 'Sony - PlayStation 5 Slim Console - Digital Edition',
    description: 'PS5 Slim digital console with 1TB SSD',
    longDescription: 'Ultra-high speed SSD, ray tracing, 4K at up to 120fps and the DualSense wireless controller.',
    sale: 399.99,
    regular: 449.99,
    manufacturer: 'Sony',
    model: 'CFI-2015',
    path: [root, gaming, consoles],
    features: ['1TB SSD', 'DualSense controller', '4K 120Hz output'],
    reviews: [
      review(5, 'kid_at_heart', '2025-01-02T15:00:00', 'Load times are gone', 'Games start almost instantly.', 4),
      review(4, 'patientgamer', '2025-01-20T21:10:00', 'Needs more storage', '1TB fills up fast with modern games.', 6),
    ],
  },
  {
    sku: 6364253,
    name: 'Nintendo - Switch OLED Model - White',
    description: '7-inch OLED handheld and TV console',
    longDescription: 'Vivid 7-inch OLED screen, wide adjustable stand, 64GB internal storage and enhanced audio.',
    sale: 349.99,
    regular: 349.99,
    manufacturer: 'Nintendo',
    model: 'HEGSKAAAA',
    path: [root, gaming, consoles],
    features: ['7-inch OLED screen', '64GB storage', 'Dock with wired LAN port'],
    reviews: [review(5, 'familygamenight', '2025-02-12T19:45:00', 'Great screen', 'Mario Kart has never looked better.', 1)],
  },
  {
    sku: 6573020,
    name: 'Xbox Series X 1TB Console - Black',
    description: 'Xbox Series X with 1TB SSD',
    longDescription: 'True 4K gaming, up to 120 FPS, Quick Resume and Xbox Velocity Architecture.',
    sale: 499.99,
    regular: 499.99,
    manufacturer: 'Microsoft',
    model: 'RRT-00001',
    path: [root, gaming, consoles],
    features: ['12 teraflops', 'Quick Resume', '4K Blu-ray drive'],
  },
  {
    sku: 6520524,
    name: 'Canon - EOS R50 Mirrorless Camera with RF-S 18-45mm Lens - Black',
    description: '24.2MP APS-C mirrorless camera kit',
    longDescription: 'Dual Pixel CMOS AF II with subject detection, 4K 30p video and a compact body for creators.',
    sale: 679.99,
    regular: 799.99,
    manufacturer: 'Canon',
    model: '5811C012',
    path: [root, cameras],
    features: ['24.2MP APS-C sensor', '4K video', 'Subject detection autofocus'],
    reviews: [review(4, 'vloggerV', '2025-01-15T13:13:13', 'Great starter camera', 'No IBIS, but autofocus is excellent.', 2)],
  },
  {
    sku: 6562310,
    name: 'DJI - Mini 4 Pro Drone with RC 2 Remote - Gray',
    description: 'Under-249g drone with 4K/60fps HDR video',
    longDescription: 'Omnidirectional obstacle sensing, 34-minute flight time and ActiveTrack 360°.',
    sale: 1099.0,
    regular: 1099.0,
    manufacturer: 'DJI',
    model: 'CP.MA.00000735.01',
    path: [root, cameras],
    features: ['Under 249 g', 'Omnidirectional obstacle sensing', '4K/60fps HDR'],
  },
  {
    sku: 6532711,
    name: 'Google - Nest Learning Thermostat (4th Gen) - Polished Silver',
    description: 'Smart thermostat with Soli sensing',
    longDescription: 'Learns your schedule, works with Google Home and Matter, and shows savings in the app.',
    sale: 229.99,
    regular: 279.99,
    manufacturer: 'Google',
    model: 'GA05171-US',
    path: [root, smartHome],
    features: ['Matter compatible', 'Energy savings reports', 'Quick View display'],
    reviews: [
      review(5, 'energysaver', '2025-02-25T07:00:00', 'Paid for itself', 'Our winter bill dropped noticeably.', 3),
      review(2, 'oldhouse_owner', '2025-03-06T18:00:00', 'Needed a C-wire', 'Had to hire an electrician to add a C-wire.', 5),
    ],
  },
  {
    sku: 6499843,
    name: 'Ring - Video Doorbell (2nd Gen) - Clearance',
    description: '1080p HD video doorbell, wired or battery',
    longDescription: "Last season's model at a clearance price. Two-way talk and motion alerts.",
    sale: 49.99,
    regular: 99.99,
    manufacturer: 'Ring',
    model: '8VRASZ-SEN0',
    path: [root, smartHome],
    features: ['1080p HD video', 'Two-way talk'],
  },
];

const round1 = (value: number) => Math.round(value * 10) / 10;

const thumbnail = (sku: number, size: string) =>
  `https://pisces.bbystatic.com/image2/BestBuy_US/images/products/${String(sku).slice(0, 4)}/${sku}_${size}.jpg`;

let reviewId = 9100000;

export const demo: Scenario = {
  products: Object.fromEntries(
    items.map((item) => {
      const ratings = (item.reviews ?? []).map((r) => r.rating);
      const average = ratings.length ? round1(ratings.reduce((a, b) => a + b, 0) / ratings.length) : 0;
      return [
        String(item.sku),
        {
          sku: item.sku,
          name: item.name,
          description: item.description,
          longDescription: item.longDescription,
          salePrice: item.sale,
          regularPrice: item.regular,
          onSale: item.sale < item.regular,
          customerReviewAverage: average,
          customerReviewCount: ratings.length,
          images: {
            thumbnailImage: thumbnail(item.sku, 'sa'),
            mediumImage: thumbnail(item.sku, 'sd'),
            largeImage: thumbnail(item.sku, 'sc'),
          },
          manufacturer: item.manufacturer,
          modelNumber: item.model,
          categoryPath: item.path,
          features: item.features.map((feature) => ({ feature })),
        },
      ];
    }),
  ),
  reviews: Object.fromEntries(
    items
      .filter((item) => item.reviews?.length)
      .map((item) => [
        String(item.sku),
        (item.reviews ?? []).map((r) => ({
          id: ++reviewId,
          rating: r.rating,
          reviewer: { displayName: r.by },
          submissionTime: r.at,
          title: r.title,
          reviewText: r.text,
          helpfulness: r.helpful,
        })),
      ]),
  ),
  categories: [
    { id: tvHome.id, name: tvHome.name, path: [root, tvHome], subCategories: [{ id: tvs.id, name: tvs.name }] },
    { id: tvs.id, name: tvs.name, path: [root, tvHome, tvs], subCategories: [] },
    { id: computers.id, name: computers.name, path: [root, computers], subCategories: [{ id: laptops.id, name: laptops.name }] },
    { id: laptops.id, name: laptops.name, path: [root, computers, laptops], subCategories: [] },
    { id: audio.id, name: audio.name, path: [root, audio], subCategories: [{ id: headphones.id, name: headphones.name }] },
    { id: headphones.id, name: headphones.name, path: [root, audio, headphones], subCategories: [] },
    { id: gaming.id, name: gaming.name, path: [root, gaming], subCategories: [{ id: consoles.id, name: consoles.name }] },
    { id: consoles.id, name: consoles.name, path: [root, gaming, consoles], subCategories: [] },
    { id: cameras.id, name: cameras.name, path: [root, cameras], subCategories: [] },
    { id: smartHome.id, name: smartHome.name, path: [root, smartHome], subCategories: [] },
  ],
  stores: [
    {
      storeId: 281,
      storeType: 'Big Box',
      name: 'Richfield',
      address: '1000 W 78th St',
      city: 'Richfield',
      state: 'MN',
      zip: '55423',
      phone: '612-861-1200',
      hours: 'Mon-Sat: 10am-8pm; Sun: 11am-6pm',
      services: ['Geek Squad Services', 'Apple Shop', 'Samsung Experience', 'Store Pickup'],
      lat: 44.8627,
      lng: -93.2908,
    },
    {
      storeId: 10,
      storeType: 'Big Box',
      name: 'Maplewood',
      address: '1795 County Rd D E',
      city: 'Maplewood',
      state: 'MN',
      zip: '55109',
      phone: '651-777-3376',
      hours: 'Mon-Sat: 10am-8pm; Sun: 11am-6pm',
      services: ['Geek Squad Services', 'Store Pickup'],
      lat: 45.0358,
      lng: -93.0245,
    },
    {
      storeId: 1407,
      storeType: 'Outlet Center',
      name: 'Bloomington Outlet',
      address: '8000 Penn Ave S',
      city: 'Bloomington',
      state: 'MN',
      zip: '55431',
      phone: '952-881-0350',
      hours: 'Mon-Sun: 10am-7pm',
      services: [],
      lat: 44.8586,
      lng: -93.3087,
    },
    {
      storeId: 1044,
      storeType: 'Big Box',
      name: 'Chicago North Ave',
      address: '1000 W North Ave',
      city: 'Chicago',
      state: 'IL',
      zip: '60642',
      phone: '312-988-4067',
      hours: 'Mon-Sat: 10am-9pm; Sun: 10am-7pm',
      services: ['Geek Squad Services', 'Apple Shop', 'Store Pickup', 'Trade-In'],
      lat: 41.9106,
      lng: -87.6531,
    },
    {
      storeId: 1435,
      storeType: 'Small Format',
      name: 'Chicago State St',
      address: '1 S State St',
      city: 'Chicago',
      state: 'IL',
      zip: '60603',
      phone: '312-212-1940',
      hours: 'Mon-Sat: 10am-8pm; Sun: 11am-6pm',
      services: ['Store Pickup'],
      lat: 41.8821,
      lng: -87.6278,
    },
    {
      storeId: 514,
      storeType: 'Big Box',
      name: 'Austin Arboretum',
      address: '10515 N Mopac Expy',
      city: 'Austin',
      state: 'TX',
      zip: '78759',
      phone: '512-795-8450',
      hours: 'Mon-Sat: 10am-9pm; Sun: 11am-7pm',
      services: ['Geek Squad Services', 'Magnolia Design Center', 'Store Pickup'],
      lat: 30.3963,
      lng: -97.7473,
    },
    {
      storeId: 498,
      storeType: 'Big Box',
      name: 'Seattle Northgate',
      address: '302 NE Northgate Way',
      city: 'Seattle',
      state: 'WA',
      zip: '98125',
      phone: '206-367-6180',
      hours: 'Mon-Sat: 10am-9pm; Sun: 10am-8pm',
      services: ['Geek Squad Services', 'Pacific Kitchen & Home', 'Store Pickup'],
      lat: 47.7061,
      lng: -122.3253,
    },
    {
      storeId: 1118,
      storeType: 'Big Box',
      name: 'Portland Tanasbourne',
      address: '2800 NW Town Center Loop',
      city: 'Beaverton',
      state: 'OR',
      zip: '97006',
      phone: '503-690-9290',
      hours: 'Mon-Sat: 10am-9pm; Sun: 11am-7pm',
      services: ['Geek Squad Services', 'Store Pickup'],
      lat: 45.5364,
      lng: -122.8684,
    },
  ],
};
