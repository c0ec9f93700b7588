import type { UiKey } from './en';

/** Thai UI strings: the same keys as `en.ts`, checked by the type system. */
export const th = {
	// Site-wide
	'site.name': 'ของดี',
	'site.tagline': 'ของดีประจำจังหวัดทั่วไทย และเส้นทางไปเที่ยวหาถึงถิ่น',
	'site.description':
		'เรื่องเล่าของดีประจำจังหวัดทั่วไทย ทั้งเครื่องเงิน ผ้าทอ ชา ผลไม้ และอาหารถิ่น ใครเป็นคนทำ ไปดูได้ที่ไหน พร้อมเส้นทางท่องเที่ยวที่แวะไปถึงแหล่งผลิต',
	'skip.toContent': 'ข้ามไปยังเนื้อหา',

	// Header
	'nav.label': 'เมนูหลัก',
	'nav.breadcrumbs': 'ตำแหน่งของหน้านี้',
	'nav.home': 'หน้าแรก',
	'nav.products': 'ของดีทั่วไทย',
	'nav.provinces': 'จังหวัด',
	'nav.itineraries': 'เส้นทางเที่ยว',
	'nav.search': 'ค้นหา',
	'languageSwitch.label': 'ภาษา',
	'languageSwitch.readIn': 'Read in English',
	'searchBox.label': 'ค้นหาของดี จังหวัด และเส้นทางเที่ยว',
	'searchBox.placeholder': 'ค้นหา เช่น เครื่องเงิน น่าน ชา',
	'searchBox.submit': 'ค้นหา',

	// Footer
	'footer.about':
		'ของดีเล่าเรื่องของดีประจำจังหวัดและสินค้าท้องถิ่นที่ขึ้นทะเบียนของแต่ละจังหวัด ให้การไปเที่ยวจังหวัดกับการได้รู้จักของดีของที่นั่นเป็นเรื่องเดียวกัน',
	'footer.illustrations': 'ภาพที่มีป้าย “ภาพประกอบ” เป็นภาพวาด ไม่ใช่ภาพถ่าย',

	// Home
	'home.title': 'ของดี: ของดีประจำจังหวัดทั่วไทย',
	'home.lead':
		'ทุกจังหวัดมีของดีที่ชุมชนภูมิใจ ทั้งผ้าที่ทอจากกี่ในหมู่บ้าน เครื่องเงินที่ตีขึ้นรูปด้วยมือ ชาและผลไม้จากแผ่นดินถิ่นนั้น อ่านเรื่องราวของแต่ละอย่าง แล้วออกเดินทางไปดูถึงที่',
	'home.featured': 'ของดีแนะนำ',
	'home.journeys': 'เส้นทางเที่ยว',
	'home.byRegion': 'เลือกดูตามภาค',
	'home.allProducts': 'ของดีทั้งหมด',
	'home.allProvinces': 'ครบทั้ง 77 จังหวัด',

	// Regions
	'region.north': 'ภาคเหนือ',
	'region.northeast': 'ภาคตะวันออกเฉียงเหนือ',
	'region.central': 'ภาคกลาง',
	'region.east': 'ภาคตะวันออก',
	'region.west': 'ภาคตะวันตก',
	'region.south': 'ภาคใต้',

	// Lists and cards
	'products.title': 'ของดีทั่วไทย',
	'products.lead': 'เรื่องเล่าของดีที่เขียนแล้ว เรียงตามจังหวัด และสินค้า GI ของทุกจังหวัด',
	'products.registered': 'สินค้าสิ่งบ่งชี้ทางภูมิศาสตร์ (GI) ของทุกจังหวัด',
	'card.province': 'จังหวัด',
	'card.days': 'ทริป {n} วัน',
	'card.stops': '{n} จุดแวะ',

	// Product page
	'product.province': 'จังหวัด',
	'product.category': 'ประเภท',
	'product.region': 'ภาค',
	'product.standards': 'มาตรฐาน',
	'product.otherName': 'ชื่อภาษาอังกฤษ',
	'product.journeys': 'เส้นทางเที่ยวที่แวะที่นี่',
	'product.noJourneys': 'ยังไม่มีเส้นทางเที่ยวที่แวะชมของดีชิ้นนี้',
	'product.moreFromProvince': 'ของดีอื่นจาก{province}',
	'product.allFromProvince': 'ดูของดีจาก{province}ทั้งหมด {count} อย่าง',
	'product.onlyOne': 'ตอนนี้มีเรื่องของดีจาก{province}เพียงเรื่องนี้เรื่องเดียว',
	'standard.community-product-standard': 'มาตรฐานผลิตภัณฑ์ชุมชน (มผช.)',
	'standard.tis-s': 'มาตรฐานอุตสาหกรรมสำหรับเอสเอ็มอี (มอก.เอส)',
	'standard.geographical-indication': 'สิ่งบ่งชี้ทางภูมิศาสตร์ (GI)',

	// Province pages
	'provinces.title': 'จังหวัด',
	'provinces.lead': 'ครบทั้ง 77 จังหวัดของไทย แบ่งตามภาค จังหวัดที่มีเรื่องเล่าแล้วมีเครื่องหมายกำกับ',
	'provinces.withStories': 'มีเรื่องเล่าแล้ว {n} จังหวัด',
	'provinces.hasStories': 'มีเรื่องเล่าแล้ว',
	'province.region': 'ภาค',
	'province.capital': 'ตัวจังหวัด',
	'province.products': 'ของดีประจำจังหวัด',
	'province.productStories': 'เรื่องเล่าของดี',
	'province.noProducts': 'ยังไม่มีเรื่องเล่าของดีจาก{province}',
	'province.journeys': 'เส้นทางเที่ยว',
	'province.browseOthers': 'ดูจังหวัดอื่น',
	'province.knownFor': 'ของขึ้นชื่อ',
	'province.capitalOnMap': 'แผนที่',
	'province.storiesToCome': 'เรื่องเล่าของ{list}จะตามมาภายหลัง',
	'province.registered': 'สินค้าสิ่งบ่งชี้ทางภูมิศาสตร์ (GI)',
	'province.registeredNote':
		'ขึ้นทะเบียนเป็นสิ่งบ่งชี้ทางภูมิศาสตร์กับกรมทรัพย์สินทางปัญญา ชื่อเหล่านี้ใช้ได้เฉพาะกับสินค้าจากแหล่งผลิตที่ขึ้นทะเบียนไว้',
	'province.registeredIn': 'ขึ้นทะเบียน {year}',
	'province.source': 'แหล่งข้อมูล',
	'province.nearby': 'จังหวัดใกล้เคียงที่มีเรื่องเล่าแล้ว',
	'province.distance': 'ห่างราว {km} กม. (วัดเป็นเส้นตรง)',
	'province.distanceNote': 'ระยะทางวัดเป็นเส้นตรงระหว่างตัวจังหวัด ถ้าไปตามถนนจะไกลกว่านี้',
	'province.storyCount.one': 'เรื่องเล่า 1 เรื่อง',
	'province.storyCount.other': 'เรื่องเล่า {n} เรื่อง',
	'province.journeyCount.one': 'เส้นทางเที่ยว 1 เส้นทาง',
	'province.journeyCount.other': 'เส้นทางเที่ยว {n} เส้นทาง',

	// Itinerary pages
	'itineraries.title': 'เส้นทางเที่ยว',
	'itineraries.lead': 'ทริปหนึ่งถึงสามวัน แวะชมของดีถึงแหล่งที่ทำ',
	'itinerary.day': 'วันที่ {n}',
	'itinerary.stops': 'จุดแวะ',
	'itinerary.about': 'ประมาณ {n} นาที',
	'itinerary.getThere': 'การเดินทาง',
	'itinerary.seeProduct': 'อ่านเรื่อง{product}',
	'itinerary.products': 'ของดีในเส้นทางนี้',
	'itinerary.provinces': 'จังหวัด',
	'itinerary.openMap': 'แผนที่',
	'itinerary.takeAlong': 'พกติดตัว',
	'itinerary.gpx': 'ดาวน์โหลดเส้นทาง (ไฟล์ GPX สำหรับแอปแผนที่)',
	'itinerary.approximate': 'หมุดบอกพื้นที่โดยประมาณ ไม่ใช่จุดที่แน่นอน',
	'itinerary.glance': 'สรุปเส้นทางรายวัน',
	'itinerary.jumpTo': 'ไปที่',
	'itinerary.top': 'ภาพรวม',
	'itinerary.map': 'แผนที่',
	'itinerary.minutes': '{n} นาที',
	'itinerary.onSite': 'เวลาเที่ยวชมรวมราว {time}',
	'itinerary.hours': '{h} ชั่วโมง',
	'itinerary.hoursMinutes': '{h} ชั่วโมง {m} นาที',
	'itinerary.straightLineKm': 'ห่างจากจุดก่อนหน้าราว {n} กม. (วัดเป็นเส้นตรง)',
	'itinerary.straightLineM': 'ห่างจากจุดก่อนหน้าราว {n} เมตร (วัดเป็นเส้นตรง)',
	'itinerary.openDay': 'เปิดเส้นทางวันที่ {n} ใน Google Maps',
	'itinerary.openDayPart': 'เปิดเส้นทางวันที่ {n} ใน Google Maps ช่วงที่ {part} จาก {parts}',
	'itinerary.openDayNote': 'เรียงจุดแวะตามลำดับไว้ให้แล้ว Google Maps จะหาเส้นทางถนนให้เอง',
	'itinerary.openInMaps': 'เปิดใน Google Maps',
	'itinerary.print': 'พิมพ์เส้นทางนี้',

	// Stories and images
	'story.fallbackNotice': 'เรื่องนี้ยังไม่มีฉบับภาษาไทย จึงแสดงฉบับภาษาอังกฤษไปก่อน',
	'image.illustration': 'ภาพประกอบ',
	'image.credit': 'ภาพ: {credit} ({licence})',
	'licence.CC0-1.0': 'CC0 1.0 อุทิศเป็นสาธารณสมบัติ',
	'licence.CC-BY-4.0': 'สัญญาอนุญาต CC BY 4.0 แสดงที่มา',
	'licence.CC-BY-SA-4.0': 'สัญญาอนุญาต CC BY-SA 4.0 แสดงที่มา-อนุญาตแบบเดียวกัน',
	'licence.public-domain': 'สาธารณสมบัติ',
	'licence.all-rights-reserved-with-permission': 'สงวนลิขสิทธิ์ ใช้โดยได้รับอนุญาต',

	// Search
	'search.title': 'ค้นหา',
	'search.lead': 'ค้นหาของดี จังหวัด และเส้นทางเที่ยว ได้ทั้งภาษาไทยและภาษาอังกฤษ',
	'search.noResults': 'ไม่พบผลลัพธ์สำหรับ “{q}” ลองสะกดแบบอื่น หรือเลือกดูตามจังหวัด',
	'search.results.one': 'พบ 1 รายการสำหรับ “{q}”',
	'search.results.other': 'พบ {n} รายการสำหรับ “{q}”',
	'search.loading': 'กำลังค้นหา…',
	'search.failed': 'โหลดระบบค้นหาไม่สำเร็จ ตรวจสอบการเชื่อมต่ออินเทอร์เน็ตแล้วลองอีกครั้ง',
	'search.unavailable': 'การค้นหาต้องใช้ JavaScript ลองเลือกดูตามจังหวัดหรือของดีแทน',
	'search.filters': 'กรองผลการค้นหา',
	'search.kind': 'แสดง',
	'search.any': 'ทั้งหมด',
	'search.region': 'ภาค',
	'search.anyRegion': 'ทุกภาค',
	'search.category': 'ประเภทของดี',
	'search.anyCategory': 'ทุกประเภท',
	'search.province': 'จังหวัด',
	'search.anyProvince': 'ทุกจังหวัด',
	'search.suggestions': 'ลองค้นหาคำเหล่านี้',
	'search.corrected': 'แสดงผลของ “{corrected}” แทน “{q}”',
	'search.filtered.one': 'พบ 1 รายการ',
	'search.filtered.other': 'พบ {n} รายการ',
	'search.clear': 'ล้างตัวกรอง',
	'search.more': 'ดูผลลัพธ์เพิ่ม',
	'search.kind.product': 'ของดี',
	'search.kind.itinerary': 'เส้นทางเที่ยว',
	'search.kind.province': 'จังหวัด',
	'search.matched.name': 'ตรงกับชื่อ',
	'search.matched.text': 'มีคำนี้อยู่ในเนื้อหา',
	'search.weaker': 'ผลที่ตรงน้อยกว่า: พบคำค้นแค่ในเนื้อหา หรือเป็นส่วนหนึ่งของคำอื่น',
	'search.noStoryYet': 'ยังไม่มีเรื่องเล่า',

	// Maps
	'map.provinces': 'แผนที่ประเทศไทย 77 จังหวัด แต่ละจุดพาไปยังหน้าของจังหวัดนั้น จังหวัดที่มีเรื่องเล่าแล้วมีชื่อกำกับ',
	'map.provincesCaption':
		'จุดสีแดงที่มีชื่อกำกับคือจังหวัดที่มีเรื่องเล่าแล้ว แตะจุดไหนก็ไปยังหน้าจังหวัดนั้นได้ รายชื่อทุกจังหวัดอยู่ด้านล่าง',
	'map.locator': 'ตำแหน่งของ{place}บนแผนที่ประเทศไทย',
	'map.route': 'แผนที่เส้นทาง เรียงตามจุดแวะ: {stops}',
	'map.routeCaption': 'แตะหมายเลขจุดแวะเพื่ออ่านรายละเอียด',
	'map.townSquares': 'สี่เหลี่ยมเล็กคือตัวเมืองของจังหวัด',
	'map.stopLink': 'จุดแวะที่ {n}: {name}',
	'map.scale': 'มาตราส่วน: ความยาวของแถบเท่ากับ {length}',
	'map.scaleKm': '{n} กม.',
	'map.scaleM': '{n} ม.',

	// Offline reading
	'offline.save': 'บันทึกเส้นทางนี้ไว้อ่านแบบออฟไลน์',
	'offline.saved': 'บันทึกแล้ว หน้านี้ ภาพ และไฟล์ GPX เปิดได้แม้ไม่มีอินเทอร์เน็ต',
	'offline.failed': 'บันทึกไม่สำเร็จ ลองใหม่อีกครั้งเมื่อมีสัญญาณ',

	// Video embeds in stories
	'video.play': 'เล่นวิดีโอ',
	'video.notice': 'วิดีโอจะโหลดจาก YouTube (youtube-nocookie.com) เมื่อกดเล่นเท่านั้น',

	// 404
	'notFound.title': 'ไม่พบหน้านี้',
	'notFound.lead': 'ไม่มีหน้านี้ในเว็บไซต์ หรือหน้านี้ย้ายไปแล้ว',

	// Root language chooser
	'chooser.title': 'เลือกภาษา',
} as const satisfies Record<UiKey, string>;
