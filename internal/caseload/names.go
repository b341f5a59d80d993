package caseload

// The words the names of a generated case are made of, English and Welsh.
// Any of them may be someone's name; put together at random they name
// no one.
var (
	firstNames = []string{
		"Alys", "Arwel", "Bryn", "Cadi", "Cai", "Carwyn", "Deryn", "Efa", "Elin", "Elis",
		"Eurig", "Ffraid", "Gwenllian", "Gwion", "Heledd", "Hywel", "Ifan", "Iolo", "Lleucu", "Macsen",
		"Mali", "Nanw", "Osian", "Seren", "Steffan", "Tegwen", "Tirion", "Wyn",
		"Alfie", "Amber", "Archie", "Bella", "Caleb", "Darcy", "Eden", "Freya", "Harvey", "Isla",
		"Jasper", "Kian", "Lola", "Millie", "Nathan", "Olivia", "Reuben", "Rosie", "Toby", "Zara",
	}
	surnames = []string{
		"Bowenfield", "Cadwaladr", "Eyton", "Gwalchmai", "Hopcyn", "Ifans", "Llwyd", "Maelor", "Penrhos", "Tegid",
		"Ashcombe", "Brightwell", "Caldecott", "Dunmore", "Fairbank", "Hollins", "Kestle", "Lockwood", "Marwood", "Pennock",
		"Quarrie", "Redfern", "Stainton", "Thistlewood", "Upcott", "Wendle",
	}
	// titles are words of names that are not names: they stay.
	titles = map[string]bool{"Inspector": true, "Sergeant": true, "Nurse": true, "Miss": true, "Mrs": true}
)
