/** English UI strings. Keys are `component.role`; `th.ts` must have exactly the same keys. */
export const en = {
	// Site-wide
	'site.name': 'Khong Dee',
	'site.tagline': "Thailand's provincial signature products, and the journeys to find them",
	'site.description':
		'Stories of the signature products of Thailand’s provinces (silverware, cloth, tea, fruit, food), who makes them, where to see them, and journeys that visit them.',
	'skip.toContent': 'Skip to content',

	// Header
	'nav.label': 'Main',
	// The trail of pages above this one; a label of its own, so it is not a second "Main" navigation.
	'nav.breadcrumbs': 'You are here',
	'nav.home': 'Home',
	'nav.products': 'Products',
	'nav.provinces': 'Provinces',
	'nav.itineraries': 'Journeys',
	'nav.search': 'Search',
	'languageSwitch.label': 'Language',
	'languageSwitch.readIn': 'อ่านภาษาไทย',
	'searchBox.label': 'Search products, provinces and journeys',
	'searchBox.placeholder': 'Search: silver, Nan, tea…',
	'searchBox.submit': 'Search',

	// Footer
	'footer.about':
		'Khong Dee tells the stories of each province’s signature and registered local products, so that a visit to the province and its product go together.',
	'footer.illustrations': 'Pictures marked “Illustration” are drawings, not photographs.',

	// Home
	'home.title': 'Khong Dee: signature products of Thailand’s provinces',
	'home.lead':
		'Every province in Thailand has chosen signature products made by its communities: cloth woven on village looms, silver worked by hand, teas and fruit of its land. Read their stories, then go and see them.',
	'home.featured': 'Featured products',
	'home.journeys': 'Journeys',
	'home.byRegion': 'Browse by region',
	'home.allProducts': 'All products',
	'home.allProvinces': 'All 77 provinces',

	// Regions
	'region.north': 'North',
	'region.northeast': 'Northeast',
	'region.central': 'Central',
	'region.east': 'East',
	'region.west': 'West',
	'region.south': 'South',

	// Lists and cards
	'products.title': 'Products',
	'products.lead':
		'Product stories so far, by province, and every province’s registered local products.',
	'products.registered': 'Registered local products of every province (GI)',
	'card.province': 'Province',
	'card.days': '{n}-day journey',
	'card.stops': '{n} stops',

	// Product page
	'product.province': 'Province',
	'product.category': 'Kind',
	'product.region': 'Region',
	'product.standards': 'Standards',
	'product.otherName': 'Thai name',
	'product.journeys': 'Journeys that visit it',
	'product.noJourneys': 'No journey visits this product yet.',
	'product.moreFromProvince': 'More from {province}',
	'product.allFromProvince': 'All {count} products from {province}',
	'product.onlyOne': 'This is the only product of {province} published so far.',
	'standard.community-product-standard': 'Thai Community Product Standard (มผช.)',
	'standard.tis-s': 'Thai Industrial Standard for SMEs (มอก.เอส)',
	'standard.geographical-indication': 'Geographical Indication (GI)',

	// Province pages
	'provinces.title': 'Provinces',
	'provinces.lead':
		'All 77 provinces of Thailand, by region. Those with published stories are marked.',
	'provinces.withStories': '{n} with stories',
	'provinces.hasStories': 'has stories',
	'province.region': 'Region',
	'province.capital': 'Provincial capital',
	'province.products': 'Signature products',
	'province.productStories': 'Product stories',
	'province.noProducts': 'No product story from {province} is published yet.',
	'province.journeys': 'Journeys',
	'province.browseOthers': 'Browse other provinces',
	'province.knownFor': 'Known for',
	'province.capitalOnMap': 'map',
	'province.storiesToCome': 'Stories of {list} are still to come.',
	'province.registered': 'Registered local products (GI)',
	'province.registeredNote':
		'Registered with the Department of Intellectual Property as geographical indications: the name may be used only for products of the registered area.',
	'province.registeredIn': 'registered {year}',
	'province.source': 'source',
	'province.nearby': 'Nearest provinces with stories',
	'province.distance': 'about {km} km in a straight line',
	'province.distanceNote':
		'Distances are straight lines between provincial capitals; by road it is further.',
	'province.storyCount.one': '1 story',
	'province.storyCount.other': '{n} stories',
	'province.journeyCount.one': '1 journey',
	'province.journeyCount.other': '{n} journeys',

	// Itinerary pages
	'itineraries.title': 'Journeys',
	'itineraries.lead': 'Trips of one to a few days that visit the products where they are made.',
	'itinerary.day': 'Day {n}',
	'itinerary.stops': 'Stops',
	'itinerary.about': 'About {n} min',
	'itinerary.getThere': 'Getting there',
	'itinerary.seeProduct': 'Read about {product}',
	'itinerary.products': 'Products on this journey',
	'itinerary.provinces': 'Provinces',
	'itinerary.openMap': 'Map',
	'itinerary.takeAlong': 'Take it along',
	'itinerary.gpx': 'Download the route (GPX, for map apps)',
	'itinerary.approximate': 'the pin marks the area, not the exact place',
	'itinerary.glance': 'The days at a glance',
	'itinerary.jumpTo': 'Jump to',
	'itinerary.top': 'Overview',
	'itinerary.map': 'Map',
	'itinerary.minutes': '{n} min',
	'itinerary.onSite': 'about {time} on site',
	'itinerary.hours': '{h} h',
	'itinerary.hoursMinutes': '{h} h {m} min',
	'itinerary.straightLineKm': 'about {n} km from the previous stop in a straight line',
	'itinerary.straightLineM': 'about {n} m from the previous stop in a straight line',
	'itinerary.openDay': 'Open day {n} as a route in Google Maps',
	'itinerary.openDayPart': 'Open day {n} in Google Maps, part {part} of {parts}',
	'itinerary.openDayNote': 'The stops in order; Google Maps plans the roads between them.',
	'itinerary.openInMaps': 'Open in Google Maps',
	'itinerary.print': 'Print the journey',

	// Stories and images
	'story.fallbackNotice': 'This story has no English translation yet, so it is shown in Thai.',
	'image.illustration': 'Illustration',
	'image.credit': 'Picture: {credit} ({licence})',
	// Licence names shown after a picture's credit, keyed by the licence ids of src/schemas/image.ts.
	'licence.CC0-1.0': 'CC0 1.0, no rights reserved',
	'licence.CC-BY-4.0': 'CC BY 4.0',
	'licence.CC-BY-SA-4.0': 'CC BY-SA 4.0',
	'licence.public-domain': 'public domain',
	'licence.all-rights-reserved-with-permission': 'all rights reserved, used with permission',

	// Search
	'search.title': 'Search',
	'search.lead': 'Search the products, provinces and journeys in English or Thai.',
	'search.noResults': 'Nothing matches “{q}”. Try another spelling, or browse by province.',
	'search.results.one': '1 result for “{q}”',
	'search.results.other': '{n} results for “{q}”',
	'search.loading': 'Searching…',
	'search.failed': 'Search could not be loaded. Check your connection and try again.',
	'search.unavailable': 'Search needs JavaScript. Browse by province or product instead.',
	'search.filters': 'Filter the results',
	'search.kind': 'Show',
	'search.any': 'Everything',
	'search.region': 'Region',
	'search.anyRegion': 'All regions',
	'search.category': 'Kind of product',
	'search.anyCategory': 'All kinds',
	'search.province': 'Province',
	'search.anyProvince': 'All provinces',
	'search.suggestions': 'Try searching for',
	'search.corrected': 'Showing results for “{corrected}” instead of “{q}”.',
	'search.filtered.one': '1 result',
	'search.filtered.other': '{n} results',
	'search.clear': 'Clear filters',
	'search.more': 'Show more results',
	'search.kind.product': 'Product',
	'search.kind.itinerary': 'Journey',
	'search.kind.province': 'Province',
	'search.matched.name': 'Matches its name',
	'search.matched.text': 'Mentioned in the text',
	'search.weaker': 'Weaker matches: the words appear only in the text, or as part of other words',
	'search.noStoryYet': 'no story yet',

	// Maps
	'map.provinces':
		'Map of Thailand with its 77 provinces, each a link to its page; provinces with stories are named',
	'map.provincesCaption':
		'Provinces with stories are the named red dots; every dot opens its province. All provinces are listed below.',
	'map.locator': '{place} on a map of Thailand',
	'map.route': 'Map of the route, stop by stop: {stops}',
	'map.routeCaption': 'Tap a numbered stop to read about it.',
	// Added to the caption only when the map draws a town's square.
	'map.townSquares': 'Squares mark the provincial towns.',
	'map.stopLink': 'Stop {n}: {name}',
	'map.scale': 'Scale: the bar stands for {length}',
	'map.scaleKm': '{n} km',
	'map.scaleM': '{n} m',

	// Offline reading
	'offline.save': 'Save this journey for offline reading',
	'offline.saved': 'Saved: this page, its pictures and the GPX file open without a network.',
	'offline.failed': 'Could not save it; try again when you have a connection.',

	// Video embeds in stories
	'video.play': 'Play the video',
	'video.notice': 'Loads from YouTube (youtube-nocookie.com) when you press play.',

	// 404
	'notFound.title': 'Page not found',
	'notFound.lead': 'This page does not exist, or it has moved.',

	// Root language chooser
	'chooser.title': 'Choose a language',
} as const;

export type UiKey = keyof typeof en;
