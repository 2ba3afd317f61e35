//! Given names that say whether their bearer is a man or a woman: common given names of English,
//! Irish, Scottish, Welsh, French, German, Dutch, Nordic, Iberian, Italian, Slavic, Arabic,
//! Persian, Turkish, Indian and West, East and Southern African usage, written without accents.
//! Names borne by men and women alike ("Jordan", "Alex", "Jean", "Sam") are in neither list, and
//! women's names in "-a" need no entry: the ending says it (`names::gender`). General
//! vocabulary of names, no table of any story's people.

/// Women's given names that do not end in "a", sorted.
#[rustfmt::skip]
pub(crate) const WOMEN: &[&str] = &[
    "abby", "abigail", "adaeze", "agnes", "aileen", "aimee", "akinyi", "alice", "alison",
    "allison", "amelie", "amy", "anais", "anjali", "ann", "anne", "annette", "annie", "anouk",
    "ashley", "astrid", "atieno", "aurelie", "beatrice", "beatriz", "becky", "beryl", "beth",
    "bethany", "birgit", "bridget", "brigid", "brigitte", "britt", "brooke", "caitlin", "candice",
    "carmen", "carol", "carole", "caroline", "carolyn", "catherine", "cathy", "cecile", "chantal",
    "charlotte", "cheryl", "chinwe", "chloe", "christine", "claire", "clare", "claudette",
    "clodagh", "colette", "colleen", "consuelo", "corazon", "danielle", "dawn", "debbie",
    "deborah", "deirdre", "delphine", "denise", "diane", "dolores", "doris", "dorothy", "edith",
    "eileen", "elaine", "eleanor", "elif", "elise", "elizabeth", "elke", "ellen", "ellie",
    "eloise", "emer", "emilie", "emily", "esme", "esther", "ethel", "evelyn", "faith", "farah",
    "fatimah", "femke", "florence", "frances", "gauri", "gayatri", "genevieve", "gertrud",
    "gillian", "gladys", "grace", "grainne", "gudrun", "gwen", "gwendolyn", "gwyneth", "hanan",
    "hannah", "harriet", "hazel", "heather", "heike", "helen", "helene", "hilary", "hind", "holly",
    "hope", "imogen", "ines", "ingrid", "irene", "iris", "isabel", "isabelle", "isobel", "ivy",
    "jacqueline", "jane", "janet", "janice", "jasmine", "jeanne", "jennifer", "jenny", "jess",
    "jill", "joan", "joanne", "jocelyn", "josephine", "joy", "joyce", "judith", "judy", "julie",
    "juliet", "juliette", "june", "jyoti", "karen", "karin", "kate", "kath", "katherine",
    "kathleen", "kathryn", "katie", "kay", "kirsten", "kirsty", "kylie", "lakshmi", "lauren",
    "leah", "lily", "lindiwe", "lise", "liv", "liz", "lizzie", "lorraine", "louise", "lucie",
    "lucille", "lucy", "lynn", "lynne", "mabel", "madeleine", "madhuri", "maggie", "mairead",
    "mandy", "manon", "margaret", "margot", "marguerite", "mariam", "marie", "marieke", "marion",
    "mary", "maryam", "mathilde", "maud", "maureen", "maxine", "meg", "megan", "meghan", "melanie",
    "mercedes", "michelle", "mildred", "miriam", "molly", "muriel", "nadine", "naledi", "nancy",
    "nandini", "naomi", "natalie", "nathalie", "nell", "ngozi", "niamh", "nicole", "njeri",
    "nkechi", "noemie", "noreen", "olive", "pallavi", "pam", "parvati", "pauline", "peggy",
    "penelope", "penny", "phoebe", "phyllis", "pilar", "polly", "preeti", "rachael", "rachel",
    "raquel", "reem", "revathi", "rocio", "roisin", "rose", "rosemary", "rosie", "ruth", "sadie",
    "sally", "sandrine", "saoirse", "sarah", "shannon", "shanti", "sharon", "shirin", "shirley",
    "shruti", "sian", "sibongile", "sigrid", "silke", "sinead", "siobhan", "solveig", "sophie",
    "sue", "susan", "susannah", "suzanne", "swati", "sylvie", "tamsin", "tanvi", "tess",
    "thandiwe", "tracey", "tracy", "trish", "trudy", "ute", "valerie", "veronique", "vicky",
    "violet", "virginie", "vivienne", "wambui", "wanjiku", "wanjiru", "wendy", "winifred",
    "yetunde", "yvette", "yvonne", "zainab", "zanele", "zeynep", "zoe",
];

/// Men's given names, sorted (those in "-a" are in `given_names::MALE_GIVEN_NAMES_IN_A`).
#[rustfmt::skip]
pub(crate) const MEN: &[&str] = &[
    "aaron", "abdul", "abdullah", "abubakar", "adam", "adebayo", "aditya", "ahmad", "ahmed",
    "ahmet", "aitor", "ajay", "alain", "alan", "albert", "alejandro", "aleksandar", "alessandro",
    "alexander", "alexei", "alexey", "alfie", "ali", "alistair", "amit", "anatoly", "anders",
    "andreas", "andrei", "andrew", "andriy", "andy", "angus", "anil", "anish", "anthony", "antoine",
    "antonio", "archie", "arif", "arjun", "arthur",
    "arvind", "ashish", "ashok", "asif", "babatunde",
    "barry", "basil", "ben", "benjamin", "benoit", "bernard", "bilal", "bill", "billy", "bjorn",
    "bob", "bobby", "bongani", "boris", "bram", "brendan", "brian", "bruce", "bryan", "burak",
    "callum", "calum", "carl", "carlo", "carlos", "charles", "chinedu", "christian", "christoph",
    "christophe", "christopher", "cian", "ciaran", "clive", "colin", "connor", "conor", "craig",
    "cyril", "dafydd", "dan", "daniel", "danny", "dave", "david", "declan", "deepak", "dennis",
    "derek", "dermot", "desmond", "dewi", "diarmuid", "didier", "diego", "dieter", "dmitri",
    "dmitry", "dominic", "don", "donal", "donald", "doug", "douglas", "dragan", "duncan", "dylan",
    "eamon", "eamonn", "eddie", "edmund", "eduardo", "edward", "elliot", "emeka", "emile",
    "emilio", "emlyn", "emre", "enrique", "enzo", "eric", "erik", "ernest", "ethan", "etienne",
    "euan", "eugene", "ewan", "fabio", "fabrice", "fahad", "faisal", "felipe", "felix", "femi",
    "ferdinand", "fergus", "fernando", "finn", "florian", "francesco", "francis", "francisco",
    "francois", "frank", "fraser", "fred", "freddie", "friedrich", "gabriel", "gareth", "gary",
    "gautam", "gavin", "geert", "gennady", "geoff", "george", "geraint", "gerald", "gerard",
    "gerry", "gethin", "gilles", "giorgio", "giovanni",
    "girish", "giuseppe", "glen", "glenn", "gonzalo",
    "gopal", "goran", "gordon", "graham", "grant", "greg", "gregor", "gregory", "guillaume",
    "gunter", "gustavo", "gwilym", "hamid", "hamish", "hans", "harish", "harold", "harry",
    "harvey", "hassan", "hector", "heinrich", "helmut", "hendrik", "henrik", "henry", "herbert",
    "herve", "horst", "hossein", "howard", "hugh", "hugo", "hussain", "hussein", "huw", "iain",
    "ian", "ibrahim", "idris", "ieuan", "ifeanyi", "ignacio", "igor", "iker", "imran", "inaki",
    "irfan", "ivan", "ivor", "jabulani", "jack",
    "jacob", "jacques", "jagdish", "jake", "jakub", "jamal",
    "james", "jason", "jasper", "javed", "javier", "jeff", "jeffrey", "jens", "jeremy", "jerome",
    "jesse", "jim", "jimmy", "joao", "joaquin", "joe", "joel", "john", "johnny", "jon", "jonathan",
    "joost", "jordi", "jorge", "jose", "joseph", "joshua", "juan", "julien", "jurgen", "justin",
    "kamau", "kareem", "karim", "karl", "karthik", "keith", "kemal", "ken", "kenneth", "kenny",
    "kevin", "khaled", "khalid", "kieran", "kimani", "kipchoge", "klaus", "kofi", "kojo",
    "krzysztof", "kwabena", "kwaku", "kwame", "kwesi", "kyle", "larry", "lars", "laurent",
    "lawrence", "leo", "leonard", "leonid", "lewis", "liam", "lionel", "loic", "lorenzo", "louis",
    "luis", "lukas", "luke", "maarten", "magnus", "mahmoud", "majid", "maksim", "malcolm",
    "mandla", "manish", "manoj", "manuel", "marc",
    "marcelo", "marco", "marcus", "marek", "mark", "markus",
    "martin", "marty", "massimo", "mathieu", "mats", "matt", "matteo", "matthew", "matthias",
    "max", "maxim", "mehdi", "mehmet", "michael", "micheal", "michel", "mickey", "miguel", "mike",
    "mikel", "mikhail", "milan", "mitch", "mohamed", "mohammed", "mohan", "muhammad", "murat",
    "murray", "mustafa", "mwangi", "nabil", "narendra", "nasser", "nathan", "nathaniel", "naveen",
    "neil", "niall", "nicholas", "nick", "nicolas",
    "nigel", "nils", "nitin", "nitish", "noah", "norman",
    "obinna", "ochieng", "odhiambo", "oisin", "olaf", "oleg", "oleksandr", "oliver", "olivier",
    "ollie", "olumide", "omar", "omondi", "oscar", "otieno", "owain", "owen", "pablo", "padraig",
    "paolo", "patrick", "pau", "paul", "pavel", "pedro", "percy", "pete", "peter", "phil",
    "philip", "philippe", "phillip", "pierre", "pieter", "pietro", "piotr", "pradeep", "prakash",
    "pranav", "quentin", "rafael", "rahul", "rajesh",
    "rajiv", "rajnish", "rakesh", "ralph", "ramesh",
    "ramon", "raul", "ravi", "raymond", "recep", "reggie", "reginald", "remi", "reza",
    "rhys", "ricardo", "riccardo", "rich", "richard", "rick", "rob", "robbie", "robert", "roberto",
    "rodrigo", "roger", "rohit", "roland", "ron", "ronald", "ronnie", "rory", "ross", "ruairi",
    "rupert", "russell", "ryan", "sachin", "saeed", "salim", "salvatore", "samir", "samuel",
    "sandeep", "sander", "sanjay", "santiago", "satish",
    "scott", "seamus", "sean", "sebastian", "sebastien",
    "segun", "sergei", "sergey", "sergi", "sergio", "shahid", "shane", "siarhei", "sibusiso",
    "sidney", "simon", "sipho", "srinivas", "stanislav", "stanley", "stefan", "stefano",
    "stephane", "stephen", "steve", "steven", "stewart", "stuart", "sudhir", "sunil", "suresh",
    "sven", "tariq", "ted", "thabo", "themba", "theo", "thibault", "thierry", "thomas", "tim",
    "timothy", "tobias", "toby", "tom", "tomas", "tomasz", "tommy", "tony", "trevor", "tristan",
    "tshepo", "tunde", "tyler", "umar", "unai", "usman", "uwe", "vadim", "vasily", "venkat",
    "vernon", "victor", "vijay", "vikram", "viktar", "viktor", "vincent", "virat", "vitali",
    "vivek", "vladimir", "volodymyr", "walid", "walter", "warren", "wayne", "wilfred", "willem",
    "william", "wolfgang", "wouter", "xabier", "xavier", "yakubu", "yannick", "yash", "yaw",
    "yevgeny", "youssef", "yuri", "yusuf", "yves", "zachary", "ziad", "zoran", "zubair",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lists_are_sorted_and_apart() {
        for list in [WOMEN, MEN] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "sorted, no repeats");
        }
        assert!(WOMEN.iter().all(|w| MEN.binary_search(w).is_err()));
        assert!(WOMEN.iter().all(|w| !w.ends_with('a')));
    }
}
