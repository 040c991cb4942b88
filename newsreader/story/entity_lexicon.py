"""Word lists for rule-based people, places and organizations in news English."""

from __future__ import annotations


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


# Courtesy titles: what follows is a person's name (often the surname alone).
HONORIFICS = _words("Mr. Mrs. Ms. Miss Dr. Sir Dame Rev. Prof. Mr Mrs Ms Dr Mx. Mx Lord Lady")
MALE_HONORIFICS = _words("Mr. Mr Sir Lord")
FEMALE_HONORIFICS = _words("Mrs. Ms. Miss Mrs Ms Dame Lady")

# Words that head a job title written before a name ("Police Chief Jarrod Burguan").
ROLE_HEADS = _words(
    """
    Mayor Governor Gov. Senator Sen. Sens. Representative Rep. Reps. President Chief Commissioner
    General Secretary Judge Sheriff Director Minister Chancellor Superintendent Councilman
    Councilwoman Councilmember Councillor Councilor Alderman Officer Detective Sgt. Lt. Capt.
    Sergeant Lieutenant Captain Professor Prof. Chairman Chairwoman Chair Spokesman Spokeswoman
    Spokesperson Ambassador Speaker Pope King Queen Prince Princess Coach Manager CEO Treasurer
    Auditor Comptroller Marshal Inspector Constable Trooper Prosecutor Attorney Solicitor Leader
    Premier Dean Deputy Agent Administrator Adviser Advisor Bishop Archbishop Cardinal
    Congressman Congresswoman Lawmaker Chancellor Inspector-General Surgeon Secretary-General
    Executive
    """
)
# Words that qualify a title without being one on their own ("Acting Assistant ...").
ROLE_MODIFIERS = _words(
    """
    Acting Assistant Associate Interim Former Vice Police Fire Executive District Deputy Senior
    Chief Principal First Lieutenant Attorney Prime Foreign Home Health Defense Defence Interior
    Homeland Security State Public Majority Minority House Senate County City Special Managing
    Finance Justice Education Labor Labour Treasury Transportation Energy Commerce Immigration
    Economy Environment Shadow Supreme Circuit Federal Medical Head Town Parish Borough
    Financial Operating Technology Information Marketing Legal
    """
)
# Plural titles distribute over a list of names ("Sens. Benjamin L. Cardin and Chris Van Hollen").
PLURAL_ROLES = {"Sens.": "Sen.", "Reps.": "Rep."}

# Last words of organization names.
ORG_HEADS = _words(
    """
    Department Dept. Agency Administration Office Bureau Service Services Commission Committee
    Council Board Authority Association Union Partnership Program Programme Institute Foundation
    Center Centre University College School Academy Hospital Clinic Court Congress Parliament
    Senate House Assembly Legislature Party Company Co. Corp. Corporation Inc. Ltd. LLC Group
    Bank Fund Trust Coalition Alliance Network Organization Organisation Society League
    Federation Ministry Cabinet Police Army Navy Force Forces Guard Enforcement Security Protection
    Patrol Project Initiative Campaign Times Post Sun Journal Tribune Herald News Globe Monitor
    Chronicle Gazette Press Telegraph Guardian Observer Register Inquirer Examiner Star Bulletin
    Review Radio Television TV Network Channel Airlines Airways Motors Industries Systems
    Technologies Laboratories Labs Museum Library Church Mosque Synagogue Team Club Unit Division
    Prison Jail Court Tribunal Secretariat Caucus Panel Council Command Corps Reuters
    Health Healthcare Care Media Capital Partners Holdings Solutions Pharmaceuticals Energy
    Workers Employees Teamsters
    """
)
# Common nouns that stand for an organization named earlier ("the company said").
ORG_NOUNS = _words(
    """
    company firm corporation union agency department ministry council committee commission
    board university college hospital school district bank airline carrier group organization
    organisation campaign administration authority government foundation charity retailer
    manufacturer maker startup utility insurer lender
    """
)
# Lower-case words allowed inside a capitalized name ("Department of Justice", "Van Hollen").
CONNECTORS = _words("of for and the de del della der van von la le du da dos das al bin y")
# Words heading a place name's last word ("Bernalillo County", "Kansas City").
PLACE_HEADS = _words(
    """
    County City Township Parish Province State Island Islands Valley Beach Heights Park Bay
    Harbor Harbour Springs Falls Lake Mountains Mountain River Coast Borough District Region
    Territory Village Hills Peninsula Canyon Desert Strait Sea Ocean Gulf Republic Kingdom
    """
)
PLACE_PREFIXES = _words(
    "Northern Southern Eastern Western Central North South East West Upper Lower"
)
PARTIES = _words(
    "Republican Democratic Democrat Labour Labor Conservative Liberal Green Independent"
)

# Speech verbs of attribution, past and present; "according to" is handled on its own.
SPEECH_VERBS = _words(
    """
    said says say added adds wrote writes told tells stated states asked asks explained explains
    noted notes argued argues continued continues recalled recalls insisted insists warned warns
    replied replies responded responds declared declares announced announces acknowledged
    acknowledges admitted admits emphasized emphasizes emphasised stressed stresses claimed
    claims suggested suggests remarked tweeted posted testified cautioned complained conceded
    predicted observed countered concluded maintained maintains urged urges vowed vows
    promised promises agreed agrees wondered joked boasted shouted yelled whispered
    """
)
PRONOUNS = {"he": "m", "she": "f", "He": "m", "She": "f"}

# Capitalized words that are not names: sentence openers, days, months, common nouns.
NOT_NAMES = _words(
    """
    The A An In On At By For From To Of With Without But And Or Nor If When While Where Whether
    After Before Since Until As Though Although Because So Yet Still Also Even Just Only Then
    There Here This That These Those It Its He She They We You I His Her Their Our Your My Me
    Him Them Us Who What Which Why How Some Many Most Much More Few All Any Each Every Both
    None No Not Another Other Others Such Last Next First Second Third Old Regardless
    However Meanwhile Instead Indeed Still Now Today Yesterday Tomorrow Tonight Earlier Later
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
    June July August September October November December Jan. Feb. Mar. Apr. Jun. Jul. Aug.
    Sept. Sep. Oct. Nov. Dec. Let Please Yes Oh Well Under Over Into Through
    Officials Cities Residents People Authorities Lawmakers Critics Supporters
    Experts Analysts Officers Representatives Members Many Several Among Against Despite
    During Following Like Unlike Neither Either Both Per Via Once Again Never Always Sometimes
    Asked Said According Asked In-Depth Read More Share Advertisement Photo Related Editor
    Updated Published Copyright Subscribe Sign Click Contact Comment Comments Watch
    Maybe Perhaps Whatever Whenever Wherever Whoever Whichever Anyway Besides Otherwise Thus
    Hence Therefore Nevertheless Nonetheless Moreover Furthermore Overall Ultimately Finally
    Currently Recently Eventually Apparently Obviously Clearly Unfortunately Fortunately
    Hopefully Basically Essentially Sadly Thankfully Luckily Surely Certainly Actually
    Initially Previously Additionally Alternatively Specifically Notably Interestingly
    Importantly Similarly Likewise Consequently Accordingly Separately Elsewhere Afterward
    """
)
# Capitalized common words that happen to be gazetteer entries: never places alone.
NEVER_PLACES = _words(
    """
    Mobile Reading Independence Justice Police Mayor President Chief Union Commerce Enterprise
    Liberty Opportunity Progress Unity Harmony Eagle Security Federal National American General
    Republican Democrat Congress Senate Court Police Sun Post Times Star University College
    """
)
# Places whose names are also common given names or surnames: need a locative context.
SURNAME_PLACES = _words(
    """
    Victoria Florence Marion Lincoln Jackson Washington Davis Franklin Hamilton Clinton Warren
    Madison Jefferson Monroe Wilson Taylor Charlotte Eugene Troy Aurora Chester Salem Lafayette
    Marshall Clayton Irving Tyler Jordan Lawrence Camden Logan Nelson Preston Carson Murray Kent
    Lowell Quincy Bowie Sydney Austin Dallas Orlando Chandler Douglas Stanley Mesa Florence
    """
)
# Words before a place name that mark it as one ("in Baltimore", "near Stockton").
LOCATIVES = _words("in In at near from to From outside across throughout of around inside")
# Occupations: a capitalized phrase ending in one is a job, not a person's name.
OCCUPATIONS = _words(
    """
    Organizer Director Coordinator Manager Spokesman Spokeswoman Spokesperson Officer Analyst
    Editor Reporter Correspondent Producer Writer Researcher Economist Professor Lecturer
    Fellow Consultant Adviser Advisor Strategist Attorney Lawyer Counsel Engineer Scientist
    Founder Chairman Chairwoman President Secretary Minister Commissioner Chief Mayor Governor
    Senator Representative Member Activist Advocate Volunteer Student Teacher Nurse Doctor
    """
)
# Last (or first) words of streets, buildings and landmarks: neither people nor listed places.
LANDMARKS = _words(
    """
    Street St. Avenue Ave. Road Rd. Boulevard Blvd. Lane Drive Way Highway Freeway Interstate
    Bridge Hall Square Plaza Tower Building Station Airport Stadium Arena Ramp Tunnel Pier
    Market Mall Guildhall Capitol Courthouse Cathedral Palace Castle
    """
)
