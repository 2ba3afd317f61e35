//! Given names that say whether their bearer is a man or a woman: common given names of English,
//! Irish, Scottish, Welsh, French, German, Dutch, Nordic, Iberian, Italian, Slavic, Arabic,
//! Persian, Turkish, Indian and West, East and Southern African usage, written without accents.
//! Names borne by men and women alike ("Jordan", "Alex", "Jean", "Sam") are in neither list, and
//! women's names in "-a" need no entry: the ending says it (`names::gender`). General
//! vocabulary of names, no table of any story's people.

/// Women's given names that do not end in "a", sorted.
#[rustfmt::skip]
pub(crate) const WOMEN: &[&str] = &[
    "aaliyah", "abby", "abigail", "adaeze", "agnes", "aileen", "aimee", "akinyi", "alice",
    "alison", "allison", "amber", "amelie", "amy", "anais", "anjali", "ann", "anne", "annette",
    "annie", "anouk", "aoife", "arlene", "ashley", "astrid", "atieno", "aurelie", "beatrice",
    "beatrix", "beatriz", "becky", "beryl", "beth", "bethany", "betty", "beverly", "birgit",
    "bridget", "brigid", "brigitte", "britt", "brittany", "brooke", "caitlin", "candice", "carmen",
    "carol", "carole", "caroline", "carolyn", "catherine", "cathy", "cecile", "chantal",
    "charlene", "charlotte", "cheryl", "chinwe", "chloe", "christine", "claire", "clare",
    "claudette", "clodagh", "colette", "colleen", "consuelo", "corazon", "daisy", "danielle",
    "darlene", "dawn", "debbie", "deborah", "deirdre", "delphine", "denise", "destiny", "diane",
    "dolores", "doris", "dorothy", "ebony", "edith", "eileen", "elaine", "eleanor", "elif",
    "elise", "elizabeth", "elke", "ellen", "ellie", "eloise", "emer", "emilie", "emily", "esme",
    "esther", "ethel", "evelyn", "faith", "farah", "fatimah", "femke", "florence", "frances",
    "gauri", "gayatri", "genevieve", "gertrud", "gillian", "gladys", "grace", "grainne", "gudrun",
    "gwen", "gwendolyn", "gwyneth", "hanan", "hannah", "harriet", "hayley", "hazel", "heather",
    "heike", "helen", "helene", "hilary", "hind", "holly", "hope", "imani", "imogen", "ines",
    "ingrid", "irene", "iris", "isabel", "isabelle", "isobel", "ivy", "jacqueline", "jane",
    "janelle", "janet", "janice", "jasmine", "jeanne", "jennifer", "jenny", "jess", "jill", "joan",
    "joanne", "jocelyn", "jolene", "josephine", "joy", "joyce", "judith", "judy", "julie",
    "juliet", "juliette", "june", "jyoti", "karen", "karin", "kate", "kath", "katherine",
    "kathleen", "kathryn", "kathy", "katie", "kay", "kimberly", "kirsten", "kirsty", "kristen",
    "kristin", "kylie", "lakshmi", "lauren", "leah", "leanne", "lily", "lindiwe", "lise", "liv",
    "liz", "lizzie", "lorraine", "louise", "lucie", "lucille", "lucy", "lynn", "lynne", "mabel",
    "madeleine", "madeline", "madhuri", "maggie", "mairead", "mallory", "mandy", "manon",
    "margaret", "margot", "marguerite", "mariam", "marie", "marieke", "marilyn", "marion",
    "marjorie", "marlene", "mary", "maryam", "mathilde", "maud", "maureen", "maxine", "meg",
    "megan", "meghan", "melanie", "mercedes", "meredith", "michelle", "mildred", "millie",
    "miriam", "molly", "monique", "morag", "muriel", "nadine", "naledi", "nancy", "nandini",
    "naomi", "natalie", "nathalie", "nell", "ngozi", "niamh", "nicole", "njeri", "nkechi",
    "noemie", "noreen", "olive", "paige", "pallavi", "pam", "parvati", "pauline", "peggy",
    "penelope", "penny", "phoebe", "phyllis", "pilar", "polly", "poppy", "preeti", "rachael",
    "rachel", "raquel", "reem", "revathi", "rochelle", "rocio", "roisin", "rosalind", "rose",
    "rosemary", "rosie", "roxanne", "ruby", "ruth", "sadie", "sally", "sandrine", "saoirse",
    "sarah", "shanice", "shannon", "shanti", "sharon", "shelley", "sherry", "shirin", "shirley",
    "shruti", "sian", "sibongile", "sigrid", "silke", "sinead", "siobhan", "solveig", "sophie",
    "stacey", "stacy", "stephanie", "sue", "susan", "susannah", "suzanne", "swati", "sylvie",
    "tamsin", "tanvi", "tess", "thandiwe", "tiffany", "tracey", "tracy", "trish", "trudy", "ute",
    "valerie", "veronique", "vicky", "violet", "virginie", "vivienne", "wambui", "wanjiku",
    "wanjiru", "wendy", "winifred", "yasmin", "yetunde", "yvette", "yvonne", "zainab", "zanele",
    "zeynep", "zoe",
];

/// Men's given names, sorted (those in "-a" are in `given_names::MALE_GIVEN_NAMES_IN_A`).
#[rustfmt::skip]
pub(crate) const MEN: &[&str] = &[
    "aaron", "abdul", "abdullah", "abubakar", "adam", "adebayo", "aditya", "ahmad", "ahmed",
    "ahmet", "aitor", "ajay", "alain", "alan", "albert", "alejandro", "aleksandar", "alessandro",
    "alexander", "alexei", "alexey", "alfie", "ali", "alistair", "amit", "anatoly", "anders",
    "andre", "andreas", "andrei", "andrew", "andriy", "andy", "angus", "anil", "anish", "anthony",
    "antoine", "antonio", "archie", "arif", "arjun", "arthur", "arvind", "ashish", "ashok", "asif",
    "babatunde", "barry", "basil", "ben", "benedict", "benjamin", "benoit", "bernard", "bilal", "bill",
    "billy", "bjorn", "bob", "bobby", "bongani", "boris", "bradley", "bram", "brandon", "brendan",
    "brett", "brian", "bruce", "bryan", "burak", "caleb", "callum", "calum", "calvin", "carl",
    "carlo", "carlos", "cedric", "chad", "charles", "chinedu", "christian", "christoph",
    "christophe", "christopher", "cian", "ciaran", "clarence", "clint", "clive", "colin", "connor",
    "conor", "craig", "curtis", "cyril", "dafydd", "dan", "daniel", "danny", "darnell", "darren",
    "dave", "david", "declan", "deepak", "dennis", "derek", "dermot", "deshawn", "desmond", "dewi",
    "diarmuid", "didier", "diego", "dieter", "dmitri", "dmitry", "dominic", "don", "donal",
    "donald", "doug", "douglas", "dragan", "duncan", "dwayne", "dylan", "eamon", "eamonn", "eddie",
    "edmund", "eduardo", "edward", "elijah", "elliot", "elmer", "emeka", "emile", "emilio",
    "emlyn", "emre", "enrique", "enzo", "eric", "erik", "ernest", "ethan", "etienne", "euan",
    "eugene", "evan", "ewan", "fabio", "fabrice", "fahad", "faisal", "felipe", "felix", "femi",
    "ferdinand", "fergus", "fernando", "finn", "florian", "floyd", "francesco", "francis",
    "francisco", "francois", "frank", "fraser", "fred", "freddie", "friedrich", "gabriel",
    "gareth", "gary", "gautam", "gavin", "geert", "gennady", "geoff", "george", "geraint",
    "gerald", "gerard", "gerry", "gethin", "gilles", "giorgio", "giovanni", "girish", "giuseppe",
    "glen", "glenn", "gonzalo", "gopal", "goran", "gordon", "graham", "grant", "greg", "gregor",
    "gregory", "guillaume", "gunter", "gustavo", "gwilym", "hamid", "hamish", "hans", "harish",
    "harold", "harry", "harvey", "hassan", "hector", "heinrich", "helmut", "hendrik", "henrik",
    "henry", "herbert", "herve", "horst", "hossein", "howard", "hugh", "hugo", "hussain",
    "hussein", "huw", "iain", "ian", "ibrahim", "idris", "ieuan", "ifeanyi", "ignacio", "igor",
    "iker", "imran", "inaki", "irfan", "isaac", "ivan", "ivor", "jabulani", "jack", "jacob",
    "jacques", "jagdish", "jake", "jakub", "jamal", "james", "jason", "jasper", "javed", "javier",
    "jeff", "jeffrey", "jens", "jeremy", "jerome", "jerry", "jesse", "jim", "jimmy", "joao",
    "joaquin", "joe", "joel", "john", "johnny", "jon", "jonathan", "joost", "jordi", "jorge",
    "jose", "joseph", "joshua", "juan", "julien", "jurgen", "justin", "kamau", "kareem", "karim",
    "karl", "karthik", "keith", "kemal", "ken", "kenneth", "kenny", "kevin", "khaled", "khalid",
    "kieran", "kimani", "kipchoge", "klaus", "kofi", "kojo", "krzysztof", "kwabena", "kwaku",
    "kwame", "kwesi", "kyle", "lamar", "landon", "larry", "lars", "laurent", "lawrence", "leo",
    "leonard", "leonid", "leroy", "levi", "lewis", "liam", "lionel", "loic", "lorenzo", "louis",
    "lucas", "luis", "lukas", "luke", "luther", "maarten", "magnus", "mahmoud", "majid", "maksim",
    "malcolm", "mandla", "manish", "manoj", "manuel", "marc", "marcelo", "marco", "marcus",
    "marek", "mark", "markus", "marlon", "martin", "marty", "massimo", "mathieu", "mats", "matt",
    "matteo", "matthew", "matthias", "maurice", "max", "maxim", "mehdi", "mehmet", "melvin",
    "mervyn", "michael", "micheal", "michel", "mickey", "miguel", "mike", "mikel", "mikhail",
    "milan", "mitch", "mohamed", "mohammed", "mohan", "muhammad", "murat", "murray", "mustafa",
    "mwangi", "nabil", "narendra", "nasser", "nathan", "nathaniel", "naveen", "neil", "niall",
    "nicholas", "nick", "nicolas", "nigel", "nils", "nitin", "nitish", "noah", "norman", "obinna",
    "ochieng", "odhiambo", "oisin", "olaf", "oleg", "oleksandr", "oliver", "olivier", "ollie",
    "olumide", "omar", "omondi", "oscar", "otieno", "otis", "owain", "owen", "pablo", "padraig",
    "paolo", "patrick", "pau", "paul", "pavel", "pedro", "percy", "pete", "peter", "phil",
    "philip", "philippe", "phillip", "pierre", "pieter", "pietro", "piotr", "pradeep", "prakash",
    "pranav", "quentin", "rafael", "rahul", "rajesh", "rajiv", "rajnish", "rakesh", "ralph",
    "ramesh", "ramon", "randy", "rashad", "raul", "ravi", "raymond", "recep", "reggie", "reginald",
    "remi", "reza", "rhys", "ricardo", "riccardo", "rich", "richard", "rick", "rob", "robbie",
    "robert", "roberto", "rodney", "rodrigo", "roger", "rohit", "roland", "ron", "ronald",
    "ronnie", "rory", "ross", "roy", "ruairi", "rupert", "russell", "ryan", "sachin", "saeed",
    "salim", "salvatore", "samir", "samuel", "sandeep", "sander", "sanjay", "santiago", "satish",
    "scott", "seamus", "sean", "sebastian", "sebastien", "segun", "sergei", "sergey", "sergi",
    "sergio", "shahid", "shane", "siarhei", "sibusiso", "sidney", "simon", "sipho", "srinivas",
    "stanislav", "stanley", "stefan", "stefano", "stephane", "stephen", "steve", "steven",
    "stewart", "stuart", "sudhir", "sunil", "suresh", "sven", "tariq", "ted", "terrence", "thabo",
    "themba", "theo", "thibault", "thierry", "thomas", "tim", "timothy", "tobias", "toby", "tom",
    "tomas", "tomasz", "tommy", "tony", "travis", "trent", "trevor", "tristan", "troy", "tshepo",
    "tunde", "tyler", "tyrone", "umar", "unai", "usman", "uwe", "vadim", "vasily", "venkat",
    "vernon", "victor", "vijay", "vikram", "viktar", "viktor", "vincent", "virat", "vitali",
    "vivek", "vladimir", "volodymyr", "walid", "walter", "warren", "wayne", "wilbur", "wilfred",
    "willem", "william", "wolfgang", "wouter", "xabier", "xavier", "yakubu", "yannick", "yash",
    "yaw", "yevgeny", "youssef", "yuri", "yusuf", "yves", "zachary", "ziad", "zoran", "zubair",
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
