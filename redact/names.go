package redact

// The fictitious values a copy is given. The names are common ones, put
// together at random, of no one in particular; the phone numbers are in the
// range Ofcom keeps for drama (01632 960000 to 960999), which is never
// given to anyone; the e-mail addresses are at example.org, which the IETF
// keeps for examples.

var givenNames = []string{
	"Alex", "Amy", "Ben", "Beth", "Cai", "Cara", "Dan", "Dewi", "Eli", "Emma",
	"Finn", "Gwen", "Hana", "Iwan", "Jack", "Jade", "Kai", "Kim", "Leah", "Liam",
	"Mali", "Max", "Nia", "Noah", "Owen", "Ria", "Rhys", "Sara", "Tom", "Zoe",
	"Aled", "Anna", "Bryn", "Carys", "Daisy", "Elin", "Ffion", "Harry", "Isla", "Jamie",
	"Lewis", "Lily", "Megan", "Osian", "Poppy", "Ruby", "Sian", "Tegan", "Tyler", "Wil",
	"Abigail", "Caitlin", "Daniel", "Eleri", "Gethin", "Harriet", "Joseph", "Lowri", "Oliver", "Rebecca",
}

var surnames = []string{
	"Ash", "Bell", "Cole", "Dale", "Ford", "Gray", "Hale", "Hill", "Lake", "Lowe",
	"Marsh", "Moss", "Nash", "Pike", "Reed", "Rowe", "Shaw", "Stone", "Wade", "West",
	"Baxter", "Carter", "Dawson", "Foster", "Garner", "Harper", "Hunter", "Lawson", "Mercer", "Norris",
	"Palmer", "Porter", "Rider", "Sutton", "Tanner", "Walker", "Warren", "Weaver", "Wilde", "Yates",
	"Bradbury", "Castleton", "Davenport", "Fairbanks", "Holloway", "Kingsley", "Lancaster", "Middleton", "Pemberton", "Whitaker",
	"Abbott", "Bennett", "Chandler", "Donovan", "Ellison", "Fletcher", "Granger", "Hadley", "Jennings", "Lockwood",
}

var places = []string{
	"Ashford", "Brookley", "Coldwell", "Dunmore", "Elmstead", "Fernbrook", "Glenhurst", "Hollyford", "Kingsmere", "Larkfield",
	"Millbrook", "Northwick", "Oakridge", "Pennfield", "Redhill", "Stonebury", "Thornbury", "Westmoor", "Willowby", "Yarrow",
	"Abermor", "Bryncoed", "Cwmderw", "Llanfair", "Pantglas", "Tregarth", "Ystrad", "Glanrhyd", "Maesteg", "Penrhos",
}

var streets = []string{"Road", "Street", "Lane", "Close", "Avenue", "Way", "Row", "Terrace", "Crescent", "Drive"}

// notPlaces are words of addresses and authorities that name no place and
// are kept: replacing them would change plain words of the case's texts.
var notPlaces = map[string]bool{
	"road": true, "street": true, "lane": true, "close": true, "avenue": true, "way": true, "row": true,
	"terrace": true, "crescent": true, "drive": true, "court": true, "place": true, "house": true, "flat": true,
	"cottage": true, "farm": true, "park": true, "green": true, "hill": true, "view": true, "gardens": true,
	"council": true, "county": true, "borough": true, "city": true, "district": true, "county's": true,
	"children's": true, "children": true, "services": true, "service": true, "social": true, "care": true,
	"safeguarding": true, "board": true, "partnership": true, "health": true, "the": true, "of": true,
	"and": true, "and/or": true, "fictitious": true, "north": true, "south": true, "east": true, "west": true,
	"upper": true, "lower": true, "new": true, "old": true, "great": true, "little": true, "saint": true, "st": true,
	"work": true, "team": true, "office": true, "centre": true, "center": true, "unit": true, "hub": true,
	"family": true, "families": true, "community": true, "school": true, "primary": true, "academy": true,
	"heol": true, "ffordd": true, "stryd": true, "lon": true, "lôn": true, "teras": true, "cilgant": true,
	"rhodfa": true, "maes": true, "tŷ": true, "ty": true, "capel": true, "eglwys": true, "fferm": true,
	"bwthyn": true, "y": true, "yr": true, "uchaf": true, "isaf": true, "newydd": true, "hen": true,
	"cyngor": true, "sir": true, "bwrdeistref": true, "gwasanaethau": true, "plant": true, "teuluoedd": true,
}

// notNames are words of a name that name no one and are kept: titles and
// the words that join two people in one entry ("Mr and Mrs Example").
var notNames = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "miss": true, "mx": true, "dr": true, "and": true, "a": true,
	"the": true, "of": true, "a'r": true, "ac": true,
}
