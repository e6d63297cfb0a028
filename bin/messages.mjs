// Every text the command-line tool prints, per language, in one table so that
// translators have one file to read. A value is a string with {placeholders}, or,
// where a number decides the wording, an object of Intl.PluralRules categories
// ("other" is the fallback). The validator's own messages ("is required", …)
// stay English, as in the browser console; everything around them is here.

const en = {
  usage: `Usage:
  municipal-widgets validate FEED [FEED…] [--json] [--timeout MS]
  municipal-widgets from-csv KIND FILE.csv [--out FILE.json] [--merge FEED.json]
  municipal-widgets from-csv KIND --template
  municipal-widgets protect-emails FEED [--out FILE.json]

Commands:
  validate   Checks feeds (files, http(s) URLs, or - for standard input) with
             the schema and rules the elements use, and prints each problem
             with its JSON path and a hint how to fix it.
             For a feed URL, it also checks that logos are on its host.
  from-csv   Turns a spreadsheet saved as CSV (comma or semicolon separated)
             into one list of the feed. KIND: networks, contacts, twin-towns,
             news or pages. Prints the list as JSON; with --merge, the whole
             feed with that list replaced. Writes nothing when it is invalid.
  protect-emails
             Writes the feed with every e-mail address as {"protected": …},
             so that the published JSON holds no address in clear; the
             elements decode it to show and link it. Writes nothing when the
             feed has problems; prints it, or writes it to --out.

Options:
  --json          Print one JSON object per feed: {valid, problems, counts}.
  --timeout MS    How long to wait for a feed URL (default 10000).
  --out FILE      Write the result to FILE instead of printing it.
  --merge FEED    Put the list into this feed, replacing the list it had.
  --template      Print the CSV header row (the columns) for KIND.
  --lang LANG     Language of these texts: en, sv, da, nb, nn, fi, de, it
                  (default: from LANG or LC_ALL).
  -h, --help      Show this help.
  --version       Show the version.

Exit codes: 0 valid, 1 problems found, 2 a feed or CSV file could not be read
or the command line is wrong.`,
  wholeFeed: '(feed)',
  row: 'row {row}',

  errUnknownCommand: 'Unknown command "{command}".',
  errNoFeed: 'Name at least one feed: a file, an http(s) URL, or - for standard input.',
  errNoKind: 'Name the kind of list and the CSV file: from-csv KIND FILE.csv.',
  errUnknownKind: 'Unknown kind "{kind}": use {kinds}.',
  errExtraArgument: 'Unexpected argument "{argument}".',
  errOption: 'Invalid command line: {detail}',
  errOptionNotFor: 'The option --{option} does not apply to {command}.',
  errLang: 'Unknown language "{lang}": use {languages}.',
  errTimeout: '--timeout takes a number of milliseconds, e.g. 10000.',
  errSeeHelp: 'Run "municipal-widgets --help" for help.',
  errMissing: 'Cannot read {source}: there is no such file.',
  errUnreadable: 'Cannot read {source}: {detail}.',
  errNetwork: 'Cannot fetch {source}: {detail}.',
  errTimedOut: 'Cannot fetch {source}: no answer within {seconds} seconds.',
  errHttp: 'Cannot fetch {source}: the server answered with HTTP status {status}.',
  errNotJson: '{source} is not valid JSON: {detail}.',
  errNotUtf8: '{source} is not UTF-8 text; save it as UTF-8 and try again.',
  errNoValidator:
    'The compiled validator is missing ({file}); run "npx tsc -p tsconfig.build.json" in the repository first.',
  errNoSchema:
    'The feed schema is missing ({file}); run "npm run generate" in the repository first.',
  errCsv: '{source} cannot be read as CSV: {detail}.',
  errCsvEmpty: '{source} has no header row.',
  errWrite: 'Cannot write {file}: {detail}.',

  noteLatin1:
    '{source} is not UTF-8, so it was read as Windows-1252 (Excel\'s "CSV (semicolon delimited)"). Saving it as "CSV UTF-8" avoids wrong letters.',
  noteRefsUnchecked:
    "The networks' contact ids were not checked: add --merge FEED.json to check them against that feed's contacts.",
  noteWritten: 'Wrote {file}.',
  noteNotWritten: 'Nothing was written.',
  noteProtected: {
    one: 'Protected {n} e-mail address.',
    other: 'Protected {n} e-mail addresses.',
  },

  valid: 'valid: {counts}',
  validEmpty: 'valid, with no entries',
  problems: {one: '{n} problem', other: '{n} problems'},
  willShow: 'Will show: {counts}.',
  showsNothing: 'Nothing will show.',
  effectEntries: {one: '{n} entry will be skipped', other: '{n} entries will be skipped'},
  effectLists: {one: '{n} list will be ignored', other: '{n} lists will be ignored'},
  effectLanguages: {
    one: '{n} language link will be left out',
    other: '{n} language links will be left out',
  },
  effectReferences: {
    one: '{n} reference to a contact will be dropped',
    other: '{n} references to contacts will be dropped',
  },
  effectFields: {
    one: '{n} e-mail address will be left out',
    other: '{n} e-mail addresses will be left out',
  },
  effectLogos: {one: '{n} logo will be left out', other: '{n} logos will be left out'},
  effectPublisher: 'the publisher block will be ignored',
  effectFeed: 'the feed cannot be used, so the elements will show their fallback content',
  contacts: {one: '{n} contact', other: '{n} contacts'},
  networks: {one: '{n} network', other: '{n} networks'},
  twinTowns: {one: '{n} twin town', other: '{n} twin towns'},
  pages: {one: '{n} page', other: '{n} pages'},
  news: {one: '{n} news item', other: '{n} news items'},

  hintRequired: 'Add "{property}": every entry of this kind needs it.',
  hintTypeInteger: 'Write a whole number without quotes, e.g. 1948.',
  hintTypeNumber: 'Write a number without quotes, with a decimal point, e.g. 58.28.',
  hintTypeString: 'Write it as a text in double quotes, e.g. "Herning".',
  hintTypeArray: 'Write a list in square brackets, e.g. ["SE", "DK"] (in a CSV: SE|DK).',
  hintTypeObject: 'Write an object in curly braces, { … }, with the properties it needs.',
  hintL10n:
    'Write a text that is not empty, or one text per language: {"sv": "…", "en": "…"} (in a CSV: columns {property}.sv, {property}.en).',
  hintLanguageTag: 'Use language codes such as sv, en, da, nb, nn, fi, de, it or sv-FI.',
  hintDate:
    'Write a date that exists, as YYYY-MM-DD, e.g. 2025-03-18 (2026-02-30 does not).',
  hintUrl:
    'Write a full link beginning with https:// (or http://); relative links, javascript: and other schemes are not allowed.',
  hintEnum: 'Use one of the listed values, spelt exactly as shown.',
  hintVersion: 'Begin the feed with "version": 1.',
  hintNotObject:
    'The feed must be one JSON object: {"version": 1, "publisher": {…}, "networks": […], …}.',
  hintNotList: 'Put the entries in square brackets: "{property}": [{…}, {…}].',
  hintCountry:
    'Use the two-letter ISO 3166-1 code in capitals, e.g. SE, DK, DE, IT (not "Sweden" or "se").',
  hintPhone:
    'Write the number in international form: +, the country code, then digits and spaces, e.g. +46 520 49 70 52.',
  hintEmail:
    'Write one plain e-mail address, e.g. name@kommun.se (no "mailto:", no spaces, no second address, nothing such as ?subject= after it).',
  hintProtectedEmail:
    'Write the address in clear and run "municipal-widgets protect-emails" again: only that command writes a protected value.',
  hintLogo:
    "Put the logo on the feed's own host, its address relative to the feed (e.g. logos/aer.svg) or https:// on that host; images on other hosts are never loaded.",
  hintId: 'Use an id without spaces or commas, e.g. north-sea-commission.',
  hintFounded: 'Write the year, or the year and month: 2005 or 2005-01.',
  hintBlank: 'Fill in the text, or leave the property out.',
  hintControl:
    'Remove the control characters (a line break in a one-line value, a tab, an escape code): they mean nothing on a page.',
  hintYear: 'Write the year as four digits, e.g. 1948.',
  hintCoordinates:
    'Write decimal degrees with a decimal point: latitude −90 to 90, longitude −180 to 180, e.g. 58.28.',
  hintMembers: 'Write the number of members: 0 or more.',
  hintRange: 'The number is outside the allowed range.',
  hintDuplicateId:
    'Give every entry in a list its own id; the later entry with the same id is skipped.',
  hintDanglingContact:
    'Add a contact with this id to "contacts", or correct the id to one that exists there.',
  hintOther: 'Compare the value with the feed schema, dist/feed.schema.json.',
  hintNotJson:
    'Look for a missing or extra comma, quote or bracket near the place named; an editor that checks JSON shows it.',

  csvUnknownColumn: 'is not a column for {kind}',
  hintCsvUnknownColumn: 'Rename or remove the column. The columns for {kind}: {columns}.',
  csvDuplicateColumn: 'appears twice in the header row',
  hintCsvDuplicateColumn: 'Keep one of the two columns.',
  csvBoth: 'has text both in column "{column}" and in language columns ({columns})',
  hintCsvBoth: 'Fill in either "{column}" or the language columns, not both.',
  csvListLengths: 'has a different number of |-separated values in {columns}',
  hintCsvListLengths: 'Give every language the same number of values, in the same order.',
  csvExtraCells: 'has more cells than the header row has columns',
  hintCsvExtraCells: 'Add a column name to the header row, or empty the extra cells.',
};

const sv = {
  usage: `Användning:
  municipal-widgets validate FLÖDE [FLÖDE…] [--json] [--timeout MS]
  municipal-widgets from-csv SORT FIL.csv [--out FIL.json] [--merge FLÖDE.json]
  municipal-widgets from-csv SORT --template
  municipal-widgets protect-emails FLÖDE [--out FIL.json]

Kommandon:
  validate   Kontrollerar flöden (filer, http(s)-adresser eller - för standard
             in) med samma schema och regler som elementen, och skriver ut
             varje problem med dess JSON-sökväg och ett tips om hur det rättas.
             Logotypernas värd kontrolleras bara för en flödesadress.
  from-csv   Gör om ett kalkylark sparat som CSV (komma- eller semikolon-
             avgränsat) till en av flödets listor. SORT: networks, contacts,
             twin-towns, news eller pages. Skriver ut listan som JSON; med
             --merge hela flödet med den listan utbytt. Skriver inget om
             resultatet är ogiltigt.
  protect-emails
             Skriver flödet med varje e-postadress som {"protected": …}, så
             att den publicerade JSON-filen inte har någon adress i klartext;
             elementen avkodar den för att visa och länka den. Skriver inget
             om flödet har problem; skriver ut det, eller till --out.

Flaggor:
  --json          Skriv ut ett JSON-objekt per flöde: {valid, problems, counts}.
  --timeout MS    Hur länge en flödesadress får ta (standard 10000).
  --out FIL       Skriv resultatet till FIL i stället för att skriva ut det.
  --merge FLÖDE   Lägg in listan i det här flödet och ersätt den lista det hade.
  --template      Skriv ut CSV-rubrikraden (kolumnerna) för SORT.
  --lang SPRÅK    Språk för de här texterna: en, sv, da, nb, nn, fi, de, it
                  (standard: från LANG eller LC_ALL).
  -h, --help      Visa den här hjälpen.
  --version       Visa versionen.

Slutkoder: 0 giltigt, 1 problem hittades, 2 ett flöde eller en CSV-fil kunde
inte läsas eller kommandoraden är fel.`,
  wholeFeed: '(flödet)',
  row: 'rad {row}',

  errUnknownCommand: 'Okänt kommando "{command}".',
  errNoFeed: 'Ange minst ett flöde: en fil, en http(s)-adress eller - för standard in.',
  errNoKind: 'Ange sorts lista och CSV-filen: from-csv SORT FIL.csv.',
  errUnknownKind: 'Okänd sort "{kind}": använd {kinds}.',
  errExtraArgument: 'Oväntat argument "{argument}".',
  errOption: 'Felaktig kommandorad: {detail}',
  errOptionNotFor: 'Flaggan --{option} gäller inte {command}.',
  errLang: 'Okänt språk "{lang}": använd {languages}.',
  errTimeout: '--timeout tar ett antal millisekunder, t.ex. 10000.',
  errSeeHelp: 'Kör "municipal-widgets --help" för hjälp.',
  errMissing: 'Kan inte läsa {source}: filen finns inte.',
  errUnreadable: 'Kan inte läsa {source}: {detail}.',
  errNetwork: 'Kan inte hämta {source}: {detail}.',
  errTimedOut: 'Kan inte hämta {source}: inget svar inom {seconds} sekunder.',
  errHttp: 'Kan inte hämta {source}: servern svarade med HTTP-status {status}.',
  errNotJson: '{source} är inte giltig JSON: {detail}.',
  errNotUtf8: '{source} är inte UTF-8-text; spara den som UTF-8 och försök igen.',
  errNoValidator:
    'Den kompilerade valideraren saknas ({file}); kör först "npx tsc -p tsconfig.build.json" i kodförrådet.',
  errNoSchema:
    'Flödets schema saknas ({file}); kör först "npm run generate" i kodförrådet.',
  errCsv: '{source} kan inte läsas som CSV: {detail}.',
  errCsvEmpty: '{source} har ingen rubrikrad.',
  errWrite: 'Kan inte skriva {file}: {detail}.',

  noteLatin1:
    '{source} är inte UTF-8 och lästes därför som Windows-1252 (Excels "CSV (semikolonavgränsad)"). Spara som "CSV UTF-8" så blir inga bokstäver fel.',
  noteRefsUnchecked:
    'Nätverkens kontakt-id:n kontrollerades inte: lägg till --merge FLÖDE.json för att kontrollera dem mot det flödets kontakter.',
  noteWritten: 'Skrev {file}.',
  noteNotWritten: 'Inget skrevs.',
  noteProtected: {
    one: 'Skyddade {n} e-postadress.',
    other: 'Skyddade {n} e-postadresser.',
  },

  valid: 'giltigt: {counts}',
  validEmpty: 'giltigt, utan poster',
  problems: {one: '{n} problem', other: '{n} problem'},
  willShow: 'Visas: {counts}.',
  showsNothing: 'Inget visas.',
  effectEntries: {one: '{n} post hoppas över', other: '{n} poster hoppas över'},
  effectLists: {one: '{n} lista ignoreras', other: '{n} listor ignoreras'},
  effectLanguages: {one: '{n} språklänk utelämnas', other: '{n} språklänkar utelämnas'},
  effectReferences: {
    one: '{n} hänvisning till en kontakt tas bort',
    other: '{n} hänvisningar till kontakter tas bort',
  },
  effectFields: {
    one: '{n} e-postadress utelämnas',
    other: '{n} e-postadresser utelämnas',
  },
  effectLogos: {one: '{n} logotyp utelämnas', other: '{n} logotyper utelämnas'},
  effectPublisher: 'utgivarblocket (publisher) ignoreras',
  effectFeed: 'flödet kan inte användas: elementen visar sitt reservinnehåll',
  contacts: {one: '{n} kontakt', other: '{n} kontakter'},
  networks: {one: '{n} nätverk', other: '{n} nätverk'},
  twinTowns: {one: '{n} vänort', other: '{n} vänorter'},
  pages: {one: '{n} sida', other: '{n} sidor'},
  news: {one: '{n} nyhet', other: '{n} nyheter'},

  hintRequired: 'Lägg till "{property}": varje post av det här slaget behöver det.',
  hintTypeInteger: 'Skriv ett heltal utan citattecken, t.ex. 1948.',
  hintTypeNumber: 'Skriv ett tal utan citattecken, med decimalpunkt, t.ex. 58.28.',
  hintTypeString: 'Skriv det som en text inom dubbla citattecken, t.ex. "Herning".',
  hintTypeArray:
    'Skriv en lista inom hakparenteser, t.ex. ["SE", "DK"] (i en CSV: SE|DK).',
  hintTypeObject:
    'Skriv ett objekt inom klammerparenteser, { … }, med de egenskaper som behövs.',
  hintL10n:
    'Skriv en text som inte är tom, eller en text per språk: {"sv": "…", "en": "…"} (i en CSV: kolumnerna {property}.sv, {property}.en).',
  hintLanguageTag: 'Använd språkkoder som sv, en, da, nb, nn, fi, de, it eller sv-FI.',
  hintDate:
    'Skriv ett datum som finns, som ÅÅÅÅ-MM-DD, t.ex. 2025-03-18 (2026-02-30 finns inte).',
  hintUrl:
    'Skriv en fullständig länk som börjar med https:// (eller http://); relativa länkar, javascript: och andra scheman är inte tillåtna.',
  hintEnum: 'Använd ett av de uppräknade värdena, stavat exakt så.',
  hintVersion: 'Börja flödet med "version": 1.',
  hintNotObject:
    'Flödet måste vara ett enda JSON-objekt: {"version": 1, "publisher": {…}, "networks": […], …}.',
  hintNotList: 'Lägg posterna inom hakparenteser: "{property}": [{…}, {…}].',
  hintCountry:
    'Använd den tvåbokstaviga ISO 3166-1-koden med versaler, t.ex. SE, DK, DE, IT (inte "Sverige" eller "se").',
  hintPhone:
    'Skriv numret i internationell form: +, landsnumret, sedan siffror och mellanslag, t.ex. +46 520 49 70 52.',
  hintEmail:
    'Skriv en enda e-postadress, t.ex. namn@kommun.se (utan "mailto:", mellanslag, en andra adress eller något som ?subject= efter den).',
  hintProtectedEmail:
    'Skriv adressen i klartext och kör "municipal-widgets protect-emails" igen: bara det kommandot skriver ett skyddat värde.',
  hintLogo:
    'Lägg logotypen på flödets egen värd, med en adress relativ till flödet (t.ex. logos/aer.svg) eller https:// på den värden; bilder på andra värdar laddas aldrig.',
  hintId: 'Använd ett id utan mellanslag och kommatecken, t.ex. north-sea-commission.',
  hintFounded: 'Skriv året, eller året och månaden: 2005 eller 2005-01.',
  hintBlank: 'Fyll i texten, eller utelämna egenskapen.',
  hintControl:
    'Ta bort styrtecknen (en radbrytning i ett enradsvärde, en tabb, en escape-kod): de betyder ingenting på en sida.',
  hintYear: 'Skriv året med fyra siffror, t.ex. 1948.',
  hintCoordinates:
    'Skriv decimalgrader med decimalpunkt: latitud −90 till 90, longitud −180 till 180, t.ex. 58.28.',
  hintMembers: 'Skriv antalet medlemmar: 0 eller fler.',
  hintRange: 'Talet ligger utanför det tillåtna intervallet.',
  hintDuplicateId:
    'Ge varje post i en lista ett eget id; den senare posten med samma id hoppas över.',
  hintDanglingContact:
    'Lägg till en kontakt med det här id:t i "contacts", eller rätta id:t till ett som finns där.',
  hintOther: 'Jämför värdet med flödets schema, dist/feed.schema.json.',
  hintNotJson:
    'Leta efter ett saknat eller extra kommatecken, citattecken eller en parentes nära den angivna platsen; en editor som kontrollerar JSON visar var.',

  csvUnknownColumn: 'är ingen kolumn för {kind}',
  hintCsvUnknownColumn:
    'Byt namn på eller ta bort kolumnen. Kolumnerna för {kind}: {columns}.',
  csvDuplicateColumn: 'förekommer två gånger i rubrikraden',
  hintCsvDuplicateColumn: 'Behåll en av de två kolumnerna.',
  csvBoth: 'har text både i kolumnen "{column}" och i språkkolumner ({columns})',
  hintCsvBoth: 'Fyll i antingen "{column}" eller språkkolumnerna, inte båda.',
  csvListLengths: 'har olika många |-avgränsade värden i {columns}',
  hintCsvListLengths: 'Ge varje språk lika många värden, i samma ordning.',
  csvExtraCells: 'har fler celler än rubrikraden har kolumner',
  hintCsvExtraCells:
    'Lägg till ett kolumnnamn i rubrikraden, eller töm de extra cellerna.',
};

const da = {
  usage: `Brug:
  municipal-widgets validate FEED [FEED…] [--json] [--timeout MS]
  municipal-widgets from-csv SLAGS FIL.csv [--out FIL.json] [--merge FEED.json]
  municipal-widgets from-csv SLAGS --template
  municipal-widgets protect-emails FEED [--out FIL.json]

Kommandoer:
  validate   Kontrollerer feeds (filer, http(s)-adresser eller - for standard
             input) med det skema og de regler, elementerne bruger, og udskriver
             hvert problem med dets JSON-sti og et tip om, hvordan det rettes.
             Logoernes vært kontrolleres kun for en feed-adresse.
  from-csv   Laver et regneark gemt som CSV (komma- eller semikolonsepareret)
             om til en af feedets lister. SLAGS: networks, contacts,
             twin-towns, news eller pages. Udskriver listen som JSON; med
             --merge hele feedet med listen udskiftet. Skriver intet, hvis
             resultatet er ugyldigt.
  protect-emails
             Skriver feedet med hver e-mailadresse som {"protected": …}, så
             den offentliggjorte JSON ikke indeholder nogen adresse i klartekst;
             elementerne afkoder den for at vise og linke den. Skriver intet,
             hvis feedet har problemer; udskriver det, eller skriver til --out.

Tilvalg:
  --json          Udskriv ét JSON-objekt pr. feed: {valid, problems, counts}.
  --timeout MS    Hvor længe der ventes på en feed-adresse (standard 10000).
  --out FIL       Skriv resultatet til FIL i stedet for at udskrive det.
  --merge FEED    Sæt listen ind i dette feed i stedet for den liste, det havde.
  --template      Udskriv CSV-overskriftsrækken (kolonnerne) for SLAGS.
  --lang SPROG    Sprog for disse tekster: en, sv, da, nb, nn, fi, de, it
                  (standard: fra LANG eller LC_ALL).
  -h, --help      Vis denne hjælp.
  --version       Vis versionen.

Slutkoder: 0 gyldigt, 1 problemer fundet, 2 et feed eller en CSV-fil kunne
ikke læses, eller kommandolinjen er forkert.`,
  wholeFeed: '(feedet)',
  row: 'række {row}',

  errUnknownCommand: 'Ukendt kommando "{command}".',
  errNoFeed:
    'Angiv mindst ét feed: en fil, en http(s)-adresse eller - for standard input.',
  errNoKind: 'Angiv slags liste og CSV-filen: from-csv SLAGS FIL.csv.',
  errUnknownKind: 'Ukendt slags "{kind}": brug {kinds}.',
  errExtraArgument: 'Uventet argument "{argument}".',
  errOption: 'Ugyldig kommandolinje: {detail}',
  errOptionNotFor: 'Tilvalget --{option} gælder ikke for {command}.',
  errLang: 'Ukendt sprog "{lang}": brug {languages}.',
  errTimeout: '--timeout tager et antal millisekunder, f.eks. 10000.',
  errSeeHelp: 'Kør "municipal-widgets --help" for at få hjælp.',
  errMissing: 'Kan ikke læse {source}: filen findes ikke.',
  errUnreadable: 'Kan ikke læse {source}: {detail}.',
  errNetwork: 'Kan ikke hente {source}: {detail}.',
  errTimedOut: 'Kan ikke hente {source}: intet svar inden for {seconds} sekunder.',
  errHttp: 'Kan ikke hente {source}: serveren svarede med HTTP-status {status}.',
  errNotJson: '{source} er ikke gyldig JSON: {detail}.',
  errNotUtf8: '{source} er ikke UTF-8-tekst; gem den som UTF-8, og prøv igen.',
  errNoValidator:
    'Den kompilerede validator mangler ({file}); kør først "npx tsc -p tsconfig.build.json" i repositoriet.',
  errNoSchema:
    'Feedets skema mangler ({file}); kør først "npm run generate" i repositoriet.',
  errCsv: '{source} kan ikke læses som CSV: {detail}.',
  errCsvEmpty: '{source} har ingen overskriftsrække.',
  errWrite: 'Kan ikke skrive {file}: {detail}.',

  noteLatin1:
    '{source} er ikke UTF-8 og blev derfor læst som Windows-1252 (Excels "CSV (semikolonsepareret)"). Gem som "CSV UTF-8", så bliver ingen bogstaver forkerte.',
  noteRefsUnchecked:
    'Netværkenes kontakt-id’er blev ikke kontrolleret: tilføj --merge FEED.json for at kontrollere dem mod det feeds kontakter.',
  noteWritten: 'Skrev {file}.',
  noteNotWritten: 'Intet blev skrevet.',
  noteProtected: {
    one: 'Beskyttede {n} e-mailadresse.',
    other: 'Beskyttede {n} e-mailadresser.',
  },

  valid: 'gyldigt: {counts}',
  validEmpty: 'gyldigt, uden poster',
  problems: {one: '{n} problem', other: '{n} problemer'},
  willShow: 'Vises: {counts}.',
  showsNothing: 'Intet vises.',
  effectEntries: {one: '{n} post springes over', other: '{n} poster springes over'},
  effectLists: {one: '{n} liste ignoreres', other: '{n} lister ignoreres'},
  effectLanguages: {one: '{n} sproglink udelades', other: '{n} sproglinks udelades'},
  effectReferences: {
    one: '{n} henvisning til en kontakt fjernes',
    other: '{n} henvisninger til kontakter fjernes',
  },
  effectFields: {one: '{n} e-mailadresse udelades', other: '{n} e-mailadresser udelades'},
  effectLogos: {one: '{n} logo udelades', other: '{n} logoer udelades'},
  effectPublisher: 'udgiverblokken (publisher) ignoreres',
  effectFeed: 'feedet kan ikke bruges: elementerne viser deres reserveindhold',
  contacts: {one: '{n} kontakt', other: '{n} kontakter'},
  networks: {one: '{n} netværk', other: '{n} netværk'},
  twinTowns: {one: '{n} venskabsby', other: '{n} venskabsbyer'},
  pages: {one: '{n} side', other: '{n} sider'},
  news: {one: '{n} nyhed', other: '{n} nyheder'},

  hintRequired: 'Tilføj "{property}": alle poster af denne slags skal have det.',
  hintTypeInteger: 'Skriv et heltal uden anførselstegn, f.eks. 1948.',
  hintTypeNumber: 'Skriv et tal uden anførselstegn, med decimalpunktum, f.eks. 58.28.',
  hintTypeString: 'Skriv det som en tekst i dobbelte anførselstegn, f.eks. "Herning".',
  hintTypeArray:
    'Skriv en liste i firkantede parenteser, f.eks. ["SE", "DK"] (i en CSV: SE|DK).',
  hintTypeObject:
    'Skriv et objekt i krøllede parenteser, { … }, med de egenskaber, der skal til.',
  hintL10n:
    'Skriv en tekst, der ikke er tom, eller én tekst pr. sprog: {"da": "…", "en": "…"} (i en CSV: kolonnerne {property}.da, {property}.en).',
  hintLanguageTag: 'Brug sprogkoder som da, en, sv, nb, nn, fi, de, it eller sv-FI.',
  hintDate:
    'Skriv en dato, der findes, som ÅÅÅÅ-MM-DD, f.eks. 2025-03-18 (2026-02-30 findes ikke).',
  hintUrl:
    'Skriv et fuldt link, der begynder med https:// (eller http://); relative links, javascript: og andre skemaer er ikke tilladt.',
  hintEnum: 'Brug en af de nævnte værdier, stavet præcis sådan.',
  hintVersion: 'Begynd feedet med "version": 1.',
  hintNotObject:
    'Feedet skal være ét JSON-objekt: {"version": 1, "publisher": {…}, "networks": […], …}.',
  hintNotList: 'Sæt posterne i firkantede parenteser: "{property}": [{…}, {…}].',
  hintCountry:
    'Brug den tobogstavs ISO 3166-1-kode med store bogstaver, f.eks. DK, SE, DE, IT (ikke "Danmark" eller "dk").',
  hintPhone:
    'Skriv nummeret i international form: +, landekoden og derefter cifre og mellemrum, f.eks. +45 76 11 11 11.',
  hintEmail:
    'Skriv én e-mailadresse, f.eks. navn@kommune.dk (uden "mailto:", mellemrum, en adresse mere eller noget som ?subject= efter den).',
  hintProtectedEmail:
    'Skriv adressen i klartekst, og kør "municipal-widgets protect-emails" igen: kun den kommando skriver en beskyttet værdi.',
  hintLogo:
    'Læg logoet på feedets egen vært, med en adresse i forhold til feedet (f.eks. logos/aer.svg) eller https:// på den vært; billeder på andre værter indlæses aldrig.',
  hintId: 'Brug et id uden mellemrum og kommaer, f.eks. north-sea-commission.',
  hintFounded: 'Skriv året, eller året og måneden: 2005 eller 2005-01.',
  hintBlank: 'Udfyld teksten, eller udelad egenskaben.',
  hintControl:
    'Fjern kontroltegnene (et linjeskift i en værdi på én linje, en tabulator, en escape-kode): de betyder intet på en side.',
  hintYear: 'Skriv året med fire cifre, f.eks. 1948.',
  hintCoordinates:
    'Skriv decimalgrader med decimalpunktum: breddegrad −90 til 90, længdegrad −180 til 180, f.eks. 56.14.',
  hintMembers: 'Skriv antallet af medlemmer: 0 eller flere.',
  hintRange: 'Tallet ligger uden for det tilladte interval.',
  hintDuplicateId:
    'Giv hver post i en liste sit eget id; den senere post med samme id springes over.',
  hintDanglingContact:
    'Tilføj en kontakt med dette id under "contacts", eller ret id’et til et, der findes dér.',
  hintOther: 'Sammenlign værdien med feedets skema, dist/feed.schema.json.',
  hintNotJson:
    'Se efter et manglende eller ekstra komma, anførselstegn eller en parentes nær det angivne sted; en editor, der kontrollerer JSON, viser hvor.',

  csvUnknownColumn: 'er ikke en kolonne for {kind}',
  hintCsvUnknownColumn: 'Omdøb eller fjern kolonnen. Kolonnerne for {kind}: {columns}.',
  csvDuplicateColumn: 'forekommer to gange i overskriftsrækken',
  hintCsvDuplicateColumn: 'Behold én af de to kolonner.',
  csvBoth: 'har tekst både i kolonnen "{column}" og i sprogkolonner ({columns})',
  hintCsvBoth: 'Udfyld enten "{column}" eller sprogkolonnerne, ikke begge.',
  csvListLengths: 'har forskelligt antal |-adskilte værdier i {columns}',
  hintCsvListLengths: 'Giv hvert sprog lige mange værdier, i samme rækkefølge.',
  csvExtraCells: 'har flere celler, end overskriftsrækken har kolonner',
  hintCsvExtraCells:
    'Tilføj et kolonnenavn i overskriftsrækken, eller tøm de ekstra celler.',
};

const nb = {
  usage: `Bruk:
  municipal-widgets validate FEED [FEED…] [--json] [--timeout MS]
  municipal-widgets from-csv TYPE FIL.csv [--out FIL.json] [--merge FEED.json]
  municipal-widgets from-csv TYPE --template
  municipal-widgets protect-emails FEED [--out FIL.json]

Kommandoer:
  validate   Kontrollerer feeder (filer, http(s)-adresser eller - for standard
             inn) med det skjemaet og de reglene elementene bruker, og skriver
             ut hvert problem med JSON-stien og et tips om hvordan det rettes.
             Logoenes vert kontrolleres bare for en feed-adresse.
  from-csv   Gjør et regneark lagret som CSV (komma- eller semikolondelt) om
             til én av feedens lister. TYPE: networks, contacts, twin-towns,
             news eller pages. Skriver ut listen som JSON; med --merge hele
             feeden med den listen byttet ut. Skriver ingenting hvis
             resultatet er ugyldig.
  protect-emails
             Skriver feeden med hver e-postadresse som {"protected": …}, slik
             at den publiserte JSON-en ikke har noen adresse i klartekst;
             elementene dekoder den for å vise og lenke den. Skriver ingenting
             hvis feeden har problemer; skriver den ut, eller til --out.

Valg:
  --json          Skriv ut ett JSON-objekt per feed: {valid, problems, counts}.
  --timeout MS    Hvor lenge det ventes på en feed-adresse (standard 10000).
  --out FIL       Skriv resultatet til FIL i stedet for å skrive det ut.
  --merge FEED    Sett listen inn i denne feeden i stedet for listen den hadde.
  --template      Skriv ut CSV-overskriftsraden (kolonnene) for TYPE.
  --lang SPRÅK    Språk for disse tekstene: en, sv, da, nb, nn, fi, de, it
                  (standard: fra LANG eller LC_ALL).
  -h, --help      Vis denne hjelpen.
  --version       Vis versjonen.

Avslutningskoder: 0 gyldig, 1 problemer funnet, 2 en feed eller CSV-fil kunne
ikke leses, eller kommandolinjen er feil.`,
  wholeFeed: '(feeden)',
  row: 'rad {row}',

  errUnknownCommand: 'Ukjent kommando "{command}".',
  errNoFeed: 'Oppgi minst én feed: en fil, en http(s)-adresse eller - for standard inn.',
  errNoKind: 'Oppgi type liste og CSV-filen: from-csv TYPE FIL.csv.',
  errUnknownKind: 'Ukjent type "{kind}": bruk {kinds}.',
  errExtraArgument: 'Uventet argument "{argument}".',
  errOption: 'Ugyldig kommandolinje: {detail}',
  errOptionNotFor: 'Valget --{option} gjelder ikke for {command}.',
  errLang: 'Ukjent språk "{lang}": bruk {languages}.',
  errTimeout: '--timeout tar et antall millisekunder, f.eks. 10000.',
  errSeeHelp: 'Kjør "municipal-widgets --help" for hjelp.',
  errMissing: 'Kan ikke lese {source}: filen finnes ikke.',
  errUnreadable: 'Kan ikke lese {source}: {detail}.',
  errNetwork: 'Kan ikke hente {source}: {detail}.',
  errTimedOut: 'Kan ikke hente {source}: ikke noe svar innen {seconds} sekunder.',
  errHttp: 'Kan ikke hente {source}: serveren svarte med HTTP-status {status}.',
  errNotJson: '{source} er ikke gyldig JSON: {detail}.',
  errNotUtf8: '{source} er ikke UTF-8-tekst; lagre den som UTF-8 og prøv igjen.',
  errNoValidator:
    'Den kompilerte validatoren mangler ({file}); kjør først "npx tsc -p tsconfig.build.json" i kodelageret.',
  errNoSchema:
    'Feedens skjema mangler ({file}); kjør først "npm run generate" i kodelageret.',
  errCsv: '{source} kan ikke leses som CSV: {detail}.',
  errCsvEmpty: '{source} har ingen overskriftsrad.',
  errWrite: 'Kan ikke skrive {file}: {detail}.',

  noteLatin1:
    '{source} er ikke UTF-8 og ble derfor lest som Windows-1252 (Excels "CSV (semikolondelt)"). Lagre som "CSV UTF-8", så blir ingen bokstaver feil.',
  noteRefsUnchecked:
    'Nettverkenes kontakt-id-er ble ikke kontrollert: legg til --merge FEED.json for å kontrollere dem mot kontaktene i den feeden.',
  noteWritten: 'Skrev {file}.',
  noteNotWritten: 'Ingenting ble skrevet.',
  noteProtected: {
    one: 'Beskyttet {n} e-postadresse.',
    other: 'Beskyttet {n} e-postadresser.',
  },

  valid: 'gyldig: {counts}',
  validEmpty: 'gyldig, uten oppføringer',
  problems: {one: '{n} problem', other: '{n} problemer'},
  willShow: 'Vises: {counts}.',
  showsNothing: 'Ingenting vises.',
  effectEntries: {one: '{n} oppføring hoppes over', other: '{n} oppføringer hoppes over'},
  effectLists: {one: '{n} liste ignoreres', other: '{n} lister ignoreres'},
  effectLanguages: {one: '{n} språklenke utelates', other: '{n} språklenker utelates'},
  effectReferences: {
    one: '{n} henvisning til en kontakt fjernes',
    other: '{n} henvisninger til kontakter fjernes',
  },
  effectFields: {one: '{n} e-postadresse utelates', other: '{n} e-postadresser utelates'},
  effectLogos: {one: '{n} logo utelates', other: '{n} logoer utelates'},
  effectPublisher: 'utgiverblokken (publisher) ignoreres',
  effectFeed: 'feeden kan ikke brukes: elementene viser reserveinnholdet sitt',
  contacts: {one: '{n} kontakt', other: '{n} kontakter'},
  networks: {one: '{n} nettverk', other: '{n} nettverk'},
  twinTowns: {one: '{n} vennskapsby', other: '{n} vennskapsbyer'},
  pages: {one: '{n} side', other: '{n} sider'},
  news: {one: '{n} nyhet', other: '{n} nyheter'},

  hintRequired: 'Legg til "{property}": alle oppføringer av denne typen må ha det.',
  hintTypeInteger: 'Skriv et heltall uten anførselstegn, f.eks. 1948.',
  hintTypeNumber: 'Skriv et tall uten anførselstegn, med desimalpunktum, f.eks. 58.28.',
  hintTypeString: 'Skriv det som en tekst i doble anførselstegn, f.eks. "Herning".',
  hintTypeArray:
    'Skriv en liste i hakeparenteser, f.eks. ["SE", "DK"] (i en CSV: SE|DK).',
  hintTypeObject: 'Skriv et objekt i krøllparenteser, { … }, med egenskapene som trengs.',
  hintL10n:
    'Skriv en tekst som ikke er tom, eller én tekst per språk: {"nb": "…", "en": "…"} (i en CSV: kolonnene {property}.nb, {property}.en).',
  hintLanguageTag: 'Bruk språkkoder som nb, nn, en, sv, da, fi, de, it eller sv-FI.',
  hintDate:
    'Skriv en dato som finnes, som ÅÅÅÅ-MM-DD, f.eks. 2025-03-18 (2026-02-30 finnes ikke).',
  hintUrl:
    'Skriv en fullstendig lenke som begynner med https:// (eller http://); relative lenker, javascript: og andre skjemaer er ikke tillatt.',
  hintEnum: 'Bruk en av de oppgitte verdiene, stavet nøyaktig slik.',
  hintVersion: 'Begynn feeden med "version": 1.',
  hintNotObject:
    'Feeden må være ett JSON-objekt: {"version": 1, "publisher": {…}, "networks": […], …}.',
  hintNotList: 'Sett oppføringene i hakeparenteser: "{property}": [{…}, {…}].',
  hintCountry:
    'Bruk den tobokstavs ISO 3166-1-koden med store bokstaver, f.eks. NO, SE, DK, DE (ikke "Norge" eller "no").',
  hintPhone:
    'Skriv nummeret i internasjonal form: +, landskoden og så sifre og mellomrom, f.eks. +47 22 00 00 00.',
  hintEmail:
    'Skriv én e-postadresse, f.eks. navn@kommune.no (uten "mailto:", mellomrom, en adresse til eller noe som ?subject= etter den).',
  hintProtectedEmail:
    'Skriv adressen i klartekst og kjør "municipal-widgets protect-emails" igjen: bare den kommandoen skriver en beskyttet verdi.',
  hintLogo:
    'Legg logoen på feedens egen vert, med en adresse relativt til feeden (f.eks. logos/aer.svg) eller https:// på den verten; bilder på andre verter lastes aldri.',
  hintId: 'Bruk en id uten mellomrom og komma, f.eks. north-sea-commission.',
  hintFounded: 'Skriv året, eller året og måneden: 2005 eller 2005-01.',
  hintBlank: 'Fyll inn teksten, eller utelat egenskapen.',
  hintControl:
    'Fjern kontrolltegnene (et linjeskift i en verdi på én linje, en tabulator, en escape-kode): de betyr ingenting på en side.',
  hintYear: 'Skriv året med fire sifre, f.eks. 1948.',
  hintCoordinates:
    'Skriv desimalgrader med desimalpunktum: breddegrad −90 til 90, lengdegrad −180 til 180, f.eks. 59.91.',
  hintMembers: 'Skriv antall medlemmer: 0 eller flere.',
  hintRange: 'Tallet ligger utenfor det tillatte området.',
  hintDuplicateId:
    'Gi hver oppføring i en liste sin egen id; den senere oppføringen med samme id hoppes over.',
  hintDanglingContact:
    'Legg til en kontakt med denne id-en under "contacts", eller rett id-en til en som finnes der.',
  hintOther: 'Sammenlign verdien med feedens skjema, dist/feed.schema.json.',
  hintNotJson:
    'Se etter et manglende eller ekstra komma, anførselstegn eller en parentes nær stedet som er oppgitt; en editor som kontrollerer JSON, viser hvor.',

  csvUnknownColumn: 'er ikke en kolonne for {kind}',
  hintCsvUnknownColumn:
    'Gi kolonnen nytt navn eller fjern den. Kolonnene for {kind}: {columns}.',
  csvDuplicateColumn: 'forekommer to ganger i overskriftsraden',
  hintCsvDuplicateColumn: 'Behold én av de to kolonnene.',
  csvBoth: 'har tekst både i kolonnen "{column}" og i språkkolonner ({columns})',
  hintCsvBoth: 'Fyll inn enten "{column}" eller språkkolonnene, ikke begge.',
  csvListLengths: 'har ulikt antall |-delte verdier i {columns}',
  hintCsvListLengths: 'Gi hvert språk like mange verdier, i samme rekkefølge.',
  csvExtraCells: 'har flere celler enn overskriftsraden har kolonner',
  hintCsvExtraCells:
    'Legg til et kolonnenavn i overskriftsraden, eller tøm de ekstra cellene.',
};

const nn = {
  usage: `Bruk:
  municipal-widgets validate FEED [FEED…] [--json] [--timeout MS]
  municipal-widgets from-csv TYPE FIL.csv [--out FIL.json] [--merge FEED.json]
  municipal-widgets from-csv TYPE --template
  municipal-widgets protect-emails FEED [--out FIL.json]

Kommandoar:
  validate   Kontrollerer feedar (filer, http(s)-adresser eller - for standard
             inn) med det skjemaet og dei reglane elementa bruker, og skriv ut
             kvart problem med JSON-stien og eit tips om korleis det kan
             rettast. Verten til logoane blir berre kontrollert for ei
             feed-adresse.
  from-csv   Gjer eit rekneark lagra som CSV (komma- eller semikolondelt) om
             til éi av listene i feeden. TYPE: networks, contacts, twin-towns,
             news eller pages. Skriv ut lista som JSON; med --merge heile
             feeden med den lista bytt ut. Skriv ingenting viss resultatet
             er ugyldig.
  protect-emails
             Skriv feeden med kvar e-postadresse som {"protected": …}, slik
             at den publiserte JSON-en ikkje har nokon adresse i klartekst;
             elementa dekodar ho for å vise og lenkje ho. Skriv ingenting
             om feeden har problem; skriv han ut, eller til --out.

Val:
  --json          Skriv ut eitt JSON-objekt per feed: {valid, problems, counts}.
  --timeout MS    Kor lenge ein ventar på ei feed-adresse (standard 10000).
  --out FIL       Skriv resultatet til FIL i staden for å skrive det ut.
  --merge FEED    Set lista inn i denne feeden i staden for lista han hadde.
  --template      Skriv ut CSV-overskriftsrada (kolonnane) for TYPE.
  --lang SPRÅK    Språk for desse tekstane: en, sv, da, nb, nn, fi, de, it
                  (standard: frå LANG eller LC_ALL).
  -h, --help      Vis denne hjelpa.
  --version       Vis versjonen.

Avslutningskodar: 0 gyldig, 1 problem funne, 2 ein feed eller ei CSV-fil kunne
ikkje lesast, eller kommandolinja er feil.`,
  wholeFeed: '(feeden)',
  row: 'rad {row}',

  errUnknownCommand: 'Ukjend kommando "{command}".',
  errNoFeed: 'Oppgi minst éin feed: ei fil, ei http(s)-adresse eller - for standard inn.',
  errNoKind: 'Oppgi kva type liste og CSV-fila: from-csv TYPE FIL.csv.',
  errUnknownKind: 'Ukjend type "{kind}": bruk {kinds}.',
  errExtraArgument: 'Uventa argument "{argument}".',
  errOption: 'Ugyldig kommandolinje: {detail}',
  errOptionNotFor: 'Valet --{option} gjeld ikkje for {command}.',
  errLang: 'Ukjend språk "{lang}": bruk {languages}.',
  errTimeout: '--timeout tek eit tal på millisekund, t.d. 10000.',
  errSeeHelp: 'Køyr "municipal-widgets --help" for hjelp.',
  errMissing: 'Kan ikkje lese {source}: fila finst ikkje.',
  errUnreadable: 'Kan ikkje lese {source}: {detail}.',
  errNetwork: 'Kan ikkje hente {source}: {detail}.',
  errTimedOut: 'Kan ikkje hente {source}: fekk ikkje svar innan {seconds} sekund.',
  errHttp: 'Kan ikkje hente {source}: serveren svarte med HTTP-status {status}.',
  errNotJson: '{source} er ikkje gyldig JSON: {detail}.',
  errNotUtf8: '{source} er ikkje UTF-8-tekst; lagre fila som UTF-8 og prøv igjen.',
  errNoValidator:
    'Den kompilerte validatoren manglar ({file}); køyr først "npx tsc -p tsconfig.build.json" i kodelageret.',
  errNoSchema:
    'Skjemaet for feeden manglar ({file}); køyr først "npm run generate" i kodelageret.',
  errCsv: '{source} kan ikkje lesast som CSV: {detail}.',
  errCsvEmpty: '{source} har inga overskriftsrad.',
  errWrite: 'Kan ikkje skrive {file}: {detail}.',

  noteLatin1:
    '{source} er ikkje UTF-8 og vart difor lesen som Windows-1252 ("CSV (semikolondelt)" i Excel). Lagre som "CSV UTF-8", så vert ingen bokstavar feil.',
  noteRefsUnchecked:
    'Kontakt-id-ane til nettverka vart ikkje kontrollerte: legg til --merge FEED.json for å kontrollere dei mot kontaktane i den feeden.',
  noteWritten: 'Skreiv {file}.',
  noteNotWritten: 'Ingenting vart skrive.',

  noteProtected: {one: 'Verna {n} e-postadresse.', other: 'Verna {n} e-postadresser.'},
  valid: 'gyldig: {counts}',
  validEmpty: 'gyldig, utan oppføringar',
  problems: {one: '{n} problem', other: '{n} problem'},
  willShow: 'Blir vist: {counts}.',
  showsNothing: 'Ingenting blir vist.',
  effectEntries: {
    one: '{n} oppføring blir hoppa over',
    other: '{n} oppføringar blir hoppa over',
  },
  effectLists: {one: '{n} liste blir ignorert', other: '{n} lister blir ignorerte'},
  effectLanguages: {
    one: '{n} språklenkje vert utelaten',
    other: '{n} språklenkjer vert utelatne',
  },
  effectReferences: {
    one: '{n} tilvising til ein kontakt blir fjerna',
    other: '{n} tilvisingar til kontaktar blir fjerna',
  },
  effectFields: {
    one: '{n} e-postadresse blir utelaten',
    other: '{n} e-postadresser blir utelatne',
  },
  effectLogos: {one: '{n} logo blir utelaten', other: '{n} logoar blir utelatne'},
  effectPublisher: 'utgjevarblokka (publisher) blir ignorert',
  effectFeed: 'feeden kan ikkje brukast: elementa viser reserveinnhaldet sitt',
  contacts: {one: '{n} kontakt', other: '{n} kontaktar'},
  networks: {one: '{n} nettverk', other: '{n} nettverk'},
  twinTowns: {one: '{n} venskapsby', other: '{n} venskapsbyar'},
  pages: {one: '{n} side', other: '{n} sider'},
  news: {one: '{n} nyheit', other: '{n} nyheiter'},

  hintRequired: 'Legg til "{property}": alle oppføringar av denne typen må ha det.',
  hintTypeInteger: 'Skriv eit heiltal utan hermeteikn, t.d. 1948.',
  hintTypeNumber: 'Skriv eit tal utan hermeteikn, med desimalpunktum, t.d. 58.28.',
  hintTypeString: 'Skriv det som ein tekst i doble hermeteikn, t.d. "Herning".',
  hintTypeArray: 'Skriv ei liste i hakeparentesar, t.d. ["SE", "DK"] (i ei CSV: SE|DK).',
  hintTypeObject:
    'Skriv eit objekt i krøllparentesar, { … }, med dei eigenskapane som trengst.',
  hintL10n:
    'Skriv ein tekst som ikkje er tom, eller éin tekst per språk: {"nn": "…", "en": "…"} (i ei CSV: kolonnane {property}.nn, {property}.en).',
  hintLanguageTag: 'Bruk språkkodar som nn, nb, en, sv, da, fi, de, it eller sv-FI.',
  hintDate:
    'Skriv ein dato som finst, som ÅÅÅÅ-MM-DD, t.d. 2025-03-18 (2026-02-30 finst ikkje).',
  hintUrl:
    'Skriv ei fullstendig lenkje som byrjar med https:// (eller http://); relative lenkjer, javascript: og andre skjema er ikkje tillatne.',
  hintEnum: 'Bruk ein av dei oppgitte verdiane, stava nøyaktig slik.',
  hintVersion: 'Byrj feeden med "version": 1.',
  hintNotObject:
    'Feeden må vere eitt JSON-objekt: {"version": 1, "publisher": {…}, "networks": […], …}.',
  hintNotList: 'Set oppføringane i hakeparentesar: "{property}": [{…}, {…}].',
  hintCountry:
    'Bruk den tobokstavs ISO 3166-1-koden med store bokstavar, t.d. NO, SE, DK, DE (ikkje "Noreg" eller "no").',
  hintPhone:
    'Skriv nummeret i internasjonal form: +, landskoden og så siffer og mellomrom, t.d. +47 56 00 00 00.',
  hintEmail:
    'Skriv éi e-postadresse, t.d. namn@kommune.no (utan "mailto:", mellomrom, ei adresse til eller noko som ?subject= etter ho).',
  hintProtectedEmail:
    'Skriv adressa i klartekst og køyr "municipal-widgets protect-emails" på nytt: berre den kommandoen skriv ein verna verdi.',
  hintLogo:
    'Legg logoen på den same verten som feeden, med ei adresse relativ til feeden (t.d. logos/aer.svg) eller https:// på den verten; bilete på andre vertar blir aldri lasta.',
  hintId: 'Bruk ein id utan mellomrom og komma, t.d. north-sea-commission.',
  hintFounded: 'Skriv året, eller året og månaden: 2005 eller 2005-01.',
  hintBlank: 'Fyll inn teksten, eller utelat eigenskapen.',
  hintControl:
    'Fjern kontrollteikna (eit linjeskift i ein verdi på éi linje, ein tabulator, ein escape-kode): dei tyder ingenting på ei side.',
  hintYear: 'Skriv året med fire siffer, t.d. 1948.',
  hintCoordinates:
    'Skriv desimalgradar med desimalpunktum: breiddegrad −90 til 90, lengdegrad −180 til 180, t.d. 60.63.',
  hintMembers: 'Skriv talet på medlemmer: 0 eller fleire.',
  hintRange: 'Talet ligg utanfor det tillatne området.',
  hintDuplicateId:
    'Gje kvar oppføring i ei liste sin eigen id; den seinare oppføringa med same id blir hoppa over.',
  hintDanglingContact:
    'Legg til ein kontakt med denne id-en under "contacts", eller rett id-en til ein som finst der.',
  hintOther: 'Samanlikn verdien med skjemaet for feeden, dist/feed.schema.json.',
  hintNotJson:
    'Sjå etter eit komma, eit hermeteikn eller ein parentes som manglar eller er til overs nær staden som er oppgitt; ein editor som kontrollerer JSON, viser kvar.',

  csvUnknownColumn: 'er ikkje ein kolonne for {kind}',
  hintCsvUnknownColumn:
    'Gje kolonnen nytt namn eller fjern han. Kolonnane for {kind}: {columns}.',
  csvDuplicateColumn: 'finst to gonger i overskriftsrada',
  hintCsvDuplicateColumn: 'Behald éin av dei to kolonnane.',
  csvBoth: 'har tekst både i kolonnen "{column}" og i språkkolonnar ({columns})',
  hintCsvBoth: 'Fyll inn anten "{column}" eller språkkolonnane, ikkje begge.',
  csvListLengths: 'har ulikt tal på |-delte verdiar i {columns}',
  hintCsvListLengths: 'Gje kvart språk like mange verdiar, i same rekkjefølgje.',
  csvExtraCells: 'har fleire celler enn overskriftsrada har kolonnar',
  hintCsvExtraCells:
    'Legg til eit kolonnenamn i overskriftsrada, eller tøm dei ekstra cellene.',
};

const fi = {
  usage: `Käyttö:
  municipal-widgets validate SYÖTE [SYÖTE…] [--json] [--timeout MS]
  municipal-widgets from-csv LAJI TIEDOSTO.csv [--out TIEDOSTO.json] [--merge SYÖTE.json]
  municipal-widgets from-csv LAJI --template
  municipal-widgets protect-emails SYÖTE [--out TIEDOSTO.json]

Komennot:
  validate   Tarkistaa syötteet (tiedostot, http(s)-osoitteet tai - vakio-
             syötteelle) samalla skeemalla ja samoilla säännöillä kuin elementit
             ja tulostaa jokaisen ongelman JSON-polkuineen ja korjausvihjeineen.
             Logojen palvelin tarkistetaan vain syöteosoitteelle.
  from-csv   Muuntaa CSV-muotoon tallennetun taulukon (pilkku- tai puolipiste-
             eroteltu) yhdeksi syötteen luetteloksi. LAJI: networks, contacts,
             twin-towns, news tai pages. Tulostaa luettelon JSON-muodossa;
             --merge-valinnalla koko syötteen, jossa luettelo on vaihdettu.
             Ei kirjoita mitään, jos tulos ei ole kelvollinen.
  protect-emails
             Kirjoittaa syötteen niin, että jokainen sähköpostiosoite on
             muodossa {"protected": …}: julkaistussa JSONissa ei ole yhtään
             osoitetta selväkielisenä, ja elementit purkavat sen näyttääkseen
             ja linkittääkseen sen. Ei kirjoita mitään, jos syötteessä on
             ongelmia; tulostaa syötteen tai kirjoittaa sen --out-tiedostoon.

Valinnat:
  --json          Tulosta yksi JSON-olio syötettä kohden: {valid, problems, counts}.
  --timeout MS    Kuinka kauan syöteosoitetta odotetaan (oletus 10000).
  --out TIEDOSTO  Kirjoita tulos TIEDOSTOON tulostamisen sijaan.
  --merge SYÖTE   Lisää luettelo tähän syötteeseen sen aiemman luettelon tilalle.
  --template      Tulosta LAJIN CSV-otsikkorivi (sarakkeet).
  --lang KIELI    Näiden tekstien kieli: en, sv, da, nb, nn, fi, de, it
                  (oletus: LANG- tai LC_ALL-muuttujasta).
  -h, --help      Näytä tämä ohje.
  --version       Näytä versio.

Paluukoodit: 0 kelvollinen, 1 ongelmia löytyi, 2 syötettä tai CSV-tiedostoa ei
voitu lukea tai komentorivi on virheellinen.`,
  wholeFeed: '(syöte)',
  row: 'rivi {row}',

  errUnknownCommand: 'Tuntematon komento "{command}".',
  errNoFeed: 'Anna vähintään yksi syöte: tiedosto, http(s)-osoite tai - vakiosyötteelle.',
  errNoKind: 'Anna luettelon laji ja CSV-tiedosto: from-csv LAJI TIEDOSTO.csv.',
  errUnknownKind: 'Tuntematon laji "{kind}": käytä lajia {kinds}.',
  errExtraArgument: 'Odottamaton argumentti "{argument}".',
  errOption: 'Virheellinen komentorivi: {detail}',
  errOptionNotFor: 'Valinta --{option} ei koske komentoa {command}.',
  errLang: 'Tuntematon kieli "{lang}": käytä kieltä {languages}.',
  errTimeout: '--timeout ottaa millisekuntien määrän, esim. 10000.',
  errSeeHelp: 'Ohjeen saat komennolla "municipal-widgets --help".',
  errMissing: 'Ei voi lukea: {source}: tiedostoa ei ole.',
  errUnreadable: 'Ei voi lukea: {source}: {detail}.',
  errNetwork: 'Ei voi hakea: {source}: {detail}.',
  errTimedOut: 'Ei voi hakea: {source}: ei vastausta {seconds} sekunnissa.',
  errHttp: 'Ei voi hakea: {source}: palvelin vastasi HTTP-tilakoodilla {status}.',
  errNotJson: '{source} ei ole kelvollista JSONia: {detail}.',
  errNotUtf8:
    '{source} ei ole UTF-8-tekstiä; tallenna se UTF-8-muodossa ja yritä uudelleen.',
  errNoValidator:
    'Käännetty validaattori puuttuu ({file}); suorita ensin "npx tsc -p tsconfig.build.json" koodivarastossa.',
  errNoSchema:
    'Syötteen skeema puuttuu ({file}); suorita ensin "npm run generate" koodivarastossa.',
  errCsv: 'Tiedostoa {source} ei voi lukea CSV-muodossa: {detail}.',
  errCsvEmpty: 'Tiedostossa {source} ei ole otsikkoriviä.',
  errWrite: 'Ei voi kirjoittaa: {file}: {detail}.',

  noteLatin1:
    '{source} ei ole UTF-8-muotoinen, joten se luettiin Windows-1252-muodossa (Excelin "CSV (puolipisteellä eroteltu)"). Tallenna muodossa "CSV UTF-8", niin kirjaimet eivät vääristy.',
  noteRefsUnchecked:
    'Verkostojen yhteyshenkilöiden tunnisteita ei tarkistettu: lisää --merge SYÖTE.json, niin ne tarkistetaan sen syötteen yhteystietoja vasten.',
  noteWritten: 'Kirjoitettiin {file}.',
  noteNotWritten: 'Mitään ei kirjoitettu.',
  noteProtected: {
    one: 'Suojattiin {n} sähköpostiosoite.',
    other: 'Suojattiin {n} sähköpostiosoitetta.',
  },

  valid: 'kelvollinen: {counts}',
  validEmpty: 'kelvollinen, ei merkintöjä',
  problems: {one: '{n} ongelma', other: '{n} ongelmaa'},
  willShow: 'Näytetään: {counts}.',
  showsNothing: 'Mitään ei näytetä.',
  effectEntries: {one: '{n} merkintä ohitetaan', other: '{n} merkintää ohitetaan'},
  effectLists: {
    one: '{n} luettelo jätetään huomiotta',
    other: '{n} luetteloa jätetään huomiotta',
  },
  effectLanguages: {
    one: '{n} kieliversiolinkki jätetään pois',
    other: '{n} kieliversiolinkkiä jätetään pois',
  },
  effectReferences: {
    one: '{n} viittaus yhteyshenkilöön poistetaan',
    other: '{n} viittausta yhteyshenkilöihin poistetaan',
  },
  effectFields: {
    one: '{n} sähköpostiosoite jätetään pois',
    other: '{n} sähköpostiosoitetta jätetään pois',
  },
  effectLogos: {one: '{n} logo jätetään pois', other: '{n} logoa jätetään pois'},
  effectPublisher: 'julkaisijan tiedot (publisher) jätetään huomiotta',
  effectFeed: 'syötettä ei voi käyttää: elementit näyttävät varasisältönsä',
  contacts: {one: '{n} yhteystieto', other: '{n} yhteystietoa'},
  networks: {one: '{n} verkosto', other: '{n} verkostoa'},
  twinTowns: {one: '{n} ystävyyskaupunki', other: '{n} ystävyyskaupunkia'},
  pages: {one: '{n} sivu', other: '{n} sivua'},
  news: {one: '{n} uutinen', other: '{n} uutista'},

  hintRequired: 'Lisää "{property}": jokaisessa tämänlaisessa merkinnässä on oltava se.',
  hintTypeInteger: 'Kirjoita kokonaisluku ilman lainausmerkkejä, esim. 1948.',
  hintTypeNumber: 'Kirjoita luku ilman lainausmerkkejä, desimaalipisteellä, esim. 60.45.',
  hintTypeString: 'Kirjoita se tekstinä lainausmerkkeihin, esim. "Herning".',
  hintTypeArray: 'Kirjoita luettelo hakasulkeisiin, esim. ["FI", "SE"] (CSV:ssä: FI|SE).',
  hintTypeObject: 'Kirjoita olio aaltosulkeisiin, { … }, tarvittavine ominaisuuksineen.',
  hintL10n:
    'Kirjoita teksti, joka ei ole tyhjä, tai yksi teksti kieltä kohden: {"fi": "…", "en": "…"} (CSV:ssä: sarakkeet {property}.fi, {property}.en).',
  hintLanguageTag: 'Käytä kielikoodeja kuten fi, en, sv, da, nb, nn, de, it tai sv-FI.',
  hintDate:
    'Kirjoita olemassa oleva päivämäärä muodossa VVVV-KK-PP, esim. 2025-03-18 (2026-02-30 ei ole olemassa).',
  hintUrl:
    'Kirjoita täydellinen linkki, joka alkaa https:// (tai http://); suhteelliset linkit, javascript: ja muut skeemat eivät käy.',
  hintEnum: 'Käytä jotakin luetelluista arvoista täsmälleen samoin kirjoitettuna.',
  hintVersion: 'Aloita syöte rivillä "version": 1.',
  hintNotObject:
    'Syötteen on oltava yksi JSON-olio: {"version": 1, "publisher": {…}, "networks": […], …}.',
  hintNotList: 'Laita merkinnät hakasulkeisiin: "{property}": [{…}, {…}].',
  hintCountry:
    'Käytä kaksikirjaimista ISO 3166-1 -koodia isoin kirjaimin, esim. FI, SE, DK, DE (ei "Suomi" tai "fi").',
  hintPhone:
    'Kirjoita numero kansainvälisessä muodossa: +, maatunnus ja sitten numerot ja välilyönnit, esim. +358 9 310 1641.',
  hintEmail:
    'Kirjoita yksi sähköpostiosoite, esim. nimi@kunta.fi (ilman "mailto:"-alkua, välilyöntejä, toista osoitetta tai perään lisättyä ?subject=-osaa).',
  hintProtectedEmail:
    'Kirjoita osoite selväkielisenä ja aja "municipal-widgets protect-emails" uudelleen: vain se komento kirjoittaa suojatun arvon.',
  hintLogo:
    'Sijoita logo syötteen omalle palvelimelle ja anna sen osoite suhteessa syötteeseen (esim. logos/aer.svg) tai https://-osoitteena samalla palvelimella; muiden palvelimien kuvia ei koskaan ladata.',
  hintId: 'Käytä tunnistetta ilman välilyöntejä ja pilkkuja, esim. north-sea-commission.',
  hintFounded: 'Kirjoita vuosi tai vuosi ja kuukausi: 2005 tai 2005-01.',
  hintBlank: 'Täytä teksti tai jätä ominaisuus pois.',
  hintControl:
    'Poista ohjausmerkit (rivinvaihto yksirivisessä arvossa, sarkain, escape-koodi): niillä ei ole merkitystä sivulla.',
  hintYear: 'Kirjoita vuosi neljällä numerolla, esim. 1948.',
  hintCoordinates:
    'Kirjoita desimaaliasteet desimaalipisteellä: leveysaste −90…90, pituusaste −180…180, esim. 60.45.',
  hintMembers: 'Kirjoita jäsenten määrä: 0 tai enemmän.',
  hintRange: 'Luku on sallitun välin ulkopuolella.',
  hintDuplicateId:
    'Anna luettelon jokaiselle merkinnälle oma tunniste; myöhempi merkintä samalla tunnisteella ohitetaan.',
  hintDanglingContact:
    'Lisää tällä tunnisteella yhteystieto kohtaan "contacts" tai korjaa tunniste sellaiseksi, joka siellä on.',
  hintOther: 'Vertaa arvoa syötteen skeemaan, dist/feed.schema.json.',
  hintNotJson:
    'Etsi puuttuvaa tai ylimääräistä pilkkua, lainausmerkkiä tai sulkua mainitun kohdan läheltä; JSONia tarkistava editori näyttää kohdan.',

  csvUnknownColumn: 'ei ole lajin {kind} sarake',
  hintCsvUnknownColumn:
    'Nimeä sarake uudelleen tai poista se. Lajin {kind} sarakkeet: {columns}.',
  csvDuplicateColumn: 'esiintyy otsikkorivillä kahdesti',
  hintCsvDuplicateColumn: 'Säilytä toinen sarakkeista.',
  csvBoth: 'on tekstiä sekä sarakkeessa "{column}" että kielisarakkeissa ({columns})',
  hintCsvBoth: 'Täytä joko "{column}" tai kielisarakkeet, ei molempia.',
  csvListLengths: 'on eri määrä |-merkillä eroteltuja arvoja sarakkeissa {columns}',
  hintCsvListLengths: 'Anna jokaiselle kielelle yhtä monta arvoa samassa järjestyksessä.',
  csvExtraCells: 'on enemmän soluja kuin otsikkorivillä on sarakkeita',
  hintCsvExtraCells:
    'Lisää otsikkoriville sarakkeen nimi tai tyhjennä ylimääräiset solut.',
};

const de = {
  usage: `Aufruf:
  municipal-widgets validate FEED [FEED…] [--json] [--timeout MS]
  municipal-widgets from-csv ART DATEI.csv [--out DATEI.json] [--merge FEED.json]
  municipal-widgets from-csv ART --template
  municipal-widgets protect-emails FEED [--out DATEI.json]

Befehle:
  validate   Prüft Feeds (Dateien, http(s)-Adressen oder - für die Standard-
             eingabe) mit demselben Schema und denselben Regeln wie die Elemente
             und gibt jedes Problem mit seinem JSON-Pfad und einem Hinweis zur
             Behebung aus.
             Den Host der Logos prüft es nur bei einer Feed-Adresse.
  from-csv   Macht aus einer als CSV gespeicherten Tabelle (komma- oder
             semikolongetrennt) eine Liste des Feeds. ART: networks, contacts,
             twin-towns, news oder pages. Gibt die Liste als JSON aus; mit
             --merge den ganzen Feed mit ersetzter Liste. Schreibt nichts,
             wenn das Ergebnis ungültig ist.
  protect-emails
             Schreibt den Feed mit jeder E-Mail-Adresse als {"protected": …},
             sodass das veröffentlichte JSON keine Adresse im Klartext enthält;
             die Elemente entschlüsseln sie, um sie anzuzeigen und zu
             verlinken. Schreibt nichts, wenn der Feed Probleme hat; gibt ihn
             aus oder schreibt ihn nach --out.

Optionen:
  --json          Ein JSON-Objekt je Feed ausgeben: {valid, problems, counts}.
  --timeout MS    Wie lange auf eine Feed-Adresse gewartet wird (Standard 10000).
  --out DATEI     Das Ergebnis in DATEI schreiben, statt es auszugeben.
  --merge FEED    Die Liste in diesen Feed einsetzen, anstelle seiner Liste.
  --template      Die CSV-Kopfzeile (die Spalten) für ART ausgeben.
  --lang SPRACHE  Sprache dieser Texte: en, sv, da, nb, nn, fi, de, it
                  (Standard: aus LANG oder LC_ALL).
  -h, --help      Diese Hilfe anzeigen.
  --version       Die Version anzeigen.

Exit-Codes: 0 gültig, 1 Probleme gefunden, 2 ein Feed oder eine CSV-Datei war
nicht lesbar oder die Befehlszeile ist falsch.`,
  wholeFeed: '(Feed)',
  row: 'Zeile {row}',

  errUnknownCommand: 'Unbekannter Befehl „{command}“.',
  errNoFeed:
    'Geben Sie mindestens einen Feed an: eine Datei, eine http(s)-Adresse oder - für die Standardeingabe.',
  errNoKind: 'Geben Sie die Art der Liste und die CSV-Datei an: from-csv ART DATEI.csv.',
  errUnknownKind: 'Unbekannte Art „{kind}“: verwenden Sie {kinds}.',
  errExtraArgument: 'Unerwartetes Argument „{argument}“.',
  errOption: 'Ungültige Befehlszeile: {detail}',
  errOptionNotFor: 'Die Option --{option} gilt nicht für {command}.',
  errLang: 'Unbekannte Sprache „{lang}“: verwenden Sie {languages}.',
  errTimeout: '--timeout erwartet eine Anzahl Millisekunden, z. B. 10000.',
  errSeeHelp: 'Hilfe gibt „municipal-widgets --help“.',
  errMissing: '{source} ist nicht lesbar: Die Datei gibt es nicht.',
  errUnreadable: '{source} ist nicht lesbar: {detail}.',
  errNetwork: '{source} kann nicht abgerufen werden: {detail}.',
  errTimedOut:
    '{source} kann nicht abgerufen werden: keine Antwort in {seconds} Sekunden.',
  errHttp:
    '{source} kann nicht abgerufen werden: Der Server antwortete mit HTTP-Status {status}.',
  errNotJson: '{source} ist kein gültiges JSON: {detail}.',
  errNotUtf8:
    '{source} ist kein UTF-8-Text; die Datei als UTF-8 speichern und erneut versuchen.',
  errNoValidator:
    'Der kompilierte Validator fehlt ({file}); führen Sie zuerst „npx tsc -p tsconfig.build.json“ im Repository aus.',
  errNoSchema:
    'Das Schema des Feeds fehlt ({file}); führen Sie zuerst „npm run generate“ im Repository aus.',
  errCsv: '{source} ist als CSV nicht lesbar: {detail}.',
  errCsvEmpty: '{source} hat keine Kopfzeile.',
  errWrite: '{file} kann nicht geschrieben werden: {detail}.',

  noteLatin1:
    '{source} ist nicht UTF-8 und wurde daher als Windows-1252 gelesen (Excels „CSV (Trennzeichen-getrennt)“). Speichern als „CSV UTF-8“ vermeidet falsche Buchstaben.',
  noteRefsUnchecked:
    'Die Kontakt-IDs der Netzwerke wurden nicht geprüft: Mit --merge FEED.json werden sie gegen die Kontakte dieses Feeds geprüft.',
  noteWritten: '{file} geschrieben.',
  noteNotWritten: 'Es wurde nichts geschrieben.',
  noteProtected: {
    one: '{n} E-Mail-Adresse geschützt.',
    other: '{n} E-Mail-Adressen geschützt.',
  },

  valid: 'gültig: {counts}',
  validEmpty: 'gültig, ohne Einträge',
  problems: {one: '{n} Problem', other: '{n} Probleme'},
  willShow: 'Angezeigt werden: {counts}.',
  showsNothing: 'Nichts wird angezeigt.',
  effectEntries: {
    one: '{n} Eintrag wird übersprungen',
    other: '{n} Einträge werden übersprungen',
  },
  effectLists: {one: '{n} Liste wird ignoriert', other: '{n} Listen werden ignoriert'},
  effectLanguages: {
    one: '{n} Sprachlink wird weggelassen',
    other: '{n} Sprachlinks werden weggelassen',
  },
  effectReferences: {
    one: '{n} Verweis auf einen Kontakt wird entfernt',
    other: '{n} Verweise auf Kontakte werden entfernt',
  },
  effectFields: {
    one: '{n} E-Mail-Adresse wird weggelassen',
    other: '{n} E-Mail-Adressen werden weggelassen',
  },
  effectLogos: {one: '{n} Logo wird weggelassen', other: '{n} Logos werden weggelassen'},
  effectPublisher: 'der Herausgeber-Block (publisher) wird ignoriert',
  effectFeed: 'der Feed ist nicht verwendbar: die Elemente zeigen ihren Ersatzinhalt',
  contacts: {one: '{n} Kontakt', other: '{n} Kontakte'},
  networks: {one: '{n} Netzwerk', other: '{n} Netzwerke'},
  twinTowns: {one: '{n} Partnerstadt', other: '{n} Partnerstädte'},
  pages: {one: '{n} Seite', other: '{n} Seiten'},
  news: {one: '{n} Nachricht', other: '{n} Nachrichten'},

  hintRequired: '„{property}“ ergänzen: Jeder Eintrag dieser Art braucht es.',
  hintTypeInteger: 'Eine ganze Zahl ohne Anführungszeichen schreiben, z. B. 1948.',
  hintTypeNumber:
    'Eine Zahl ohne Anführungszeichen mit Dezimalpunkt schreiben, z. B. 48.14 (nicht 48,14).',
  hintTypeString: 'Als Text in doppelten Anführungszeichen schreiben, z. B. "Herning".',
  hintTypeArray:
    'Eine Liste in eckigen Klammern schreiben, z. B. ["DE", "SE"] (in einer CSV: DE|SE).',
  hintTypeObject:
    'Ein Objekt in geschweiften Klammern schreiben, { … }, mit den nötigen Eigenschaften.',
  hintL10n:
    'Einen nicht leeren Text schreiben oder einen Text je Sprache: {"de": "…", "en": "…"} (in einer CSV: Spalten {property}.de, {property}.en).',
  hintLanguageTag: 'Sprachcodes wie de, en, sv, da, nb, nn, fi, it oder sv-FI verwenden.',
  hintDate:
    'Ein existierendes Datum als JJJJ-MM-TT schreiben, z. B. 2025-03-18 (2026-02-30 gibt es nicht).',
  hintUrl:
    'Einen vollständigen Link mit https:// (oder http://) am Anfang schreiben; relative Links, javascript: und andere Schemata sind nicht erlaubt.',
  hintEnum: 'Einen der aufgeführten Werte verwenden, genau so geschrieben.',
  hintVersion: 'Den Feed mit "version": 1 beginnen.',
  hintNotObject:
    'Der Feed muss ein einziges JSON-Objekt sein: {"version": 1, "publisher": {…}, "networks": […], …}.',
  hintNotList: 'Die Einträge in eckige Klammern setzen: "{property}": [{…}, {…}].',
  hintCountry:
    'Den zweibuchstabigen ISO-3166-1-Code in Großbuchstaben verwenden, z. B. DE, SE, DK, IT (nicht „Deutschland“ oder „de“).',
  hintPhone:
    'Die Nummer international schreiben: +, Ländervorwahl, dann Ziffern und Leerzeichen, z. B. +49 30 123 45 67.',
  hintEmail:
    'Eine einzelne E-Mail-Adresse schreiben, z. B. name@gemeinde.de (ohne „mailto:“, Leerzeichen, eine zweite Adresse oder etwas wie ?subject= danach).',
  hintProtectedEmail:
    'Die Adresse im Klartext schreiben und „municipal-widgets protect-emails“ erneut ausführen: Nur dieser Befehl schreibt einen geschützten Wert.',
  hintLogo:
    'Das Logo auf den eigenen Host des Feeds legen, mit einer Adresse relativ zum Feed (z. B. logos/aer.svg) oder https:// auf diesem Host; Bilder auf anderen Hosts werden nie geladen.',
  hintId: 'Eine ID ohne Leerzeichen und Kommas verwenden, z. B. north-sea-commission.',
  hintFounded: 'Das Jahr oder Jahr und Monat schreiben: 2005 oder 2005-01.',
  hintBlank: 'Den Text ausfüllen oder die Eigenschaft weglassen.',
  hintControl:
    'Die Steuerzeichen entfernen (einen Zeilenumbruch in einem einzeiligen Wert, einen Tabulator, einen Escape-Code): Auf einer Seite bedeuten sie nichts.',
  hintYear: 'Das Jahr vierstellig schreiben, z. B. 1948.',
  hintCoordinates:
    'Dezimalgrad mit Dezimalpunkt schreiben: Breite −90 bis 90, Länge −180 bis 180, z. B. 48.14.',
  hintMembers: 'Die Zahl der Mitglieder schreiben: 0 oder mehr.',
  hintRange: 'Die Zahl liegt außerhalb des erlaubten Bereichs.',
  hintDuplicateId:
    'Jedem Eintrag einer Liste eine eigene ID geben; der spätere Eintrag mit derselben ID wird übersprungen.',
  hintDanglingContact:
    'Einen Kontakt mit dieser ID unter "contacts" anlegen oder die ID auf eine vorhandene korrigieren.',
  hintOther: 'Den Wert mit dem Schema des Feeds vergleichen, dist/feed.schema.json.',
  hintNotJson:
    'Nach einem fehlenden oder überzähligen Komma, Anführungszeichen oder einer Klammer nahe der genannten Stelle suchen; ein Editor mit JSON-Prüfung zeigt sie.',

  csvUnknownColumn: 'ist keine Spalte für {kind}',
  hintCsvUnknownColumn:
    'Die Spalte umbenennen oder entfernen. Die Spalten für {kind}: {columns}.',
  csvDuplicateColumn: 'kommt in der Kopfzeile doppelt vor',
  hintCsvDuplicateColumn: 'Eine der beiden Spalten behalten.',
  csvBoth:
    'hat Text sowohl in der Spalte „{column}“ als auch in Sprachspalten ({columns})',
  hintCsvBoth: 'Entweder „{column}“ oder die Sprachspalten ausfüllen, nicht beides.',
  csvListLengths: 'hat unterschiedlich viele |-getrennte Werte in {columns}',
  hintCsvListLengths: 'Jeder Sprache gleich viele Werte in derselben Reihenfolge geben.',
  csvExtraCells: 'hat mehr Zellen, als die Kopfzeile Spalten hat',
  hintCsvExtraCells:
    'Der Kopfzeile einen Spaltennamen geben oder die überzähligen Zellen leeren.',
};

const it = {
  usage: `Uso:
  municipal-widgets validate FEED [FEED…] [--json] [--timeout MS]
  municipal-widgets from-csv TIPO FILE.csv [--out FILE.json] [--merge FEED.json]
  municipal-widgets from-csv TIPO --template
  municipal-widgets protect-emails FEED [--out FILE.json]

Comandi:
  validate   Controlla i feed (file, indirizzi http(s) o - per lo standard
             input) con lo schema e le regole usati dagli elementi, e stampa
             ogni problema con il suo percorso JSON e un suggerimento per
             correggerlo.
             L'host dei loghi è controllato solo per un indirizzo di feed.
  from-csv   Trasforma un foglio di calcolo salvato come CSV (separato da
             virgole o da punti e virgola) in un elenco del feed. TIPO:
             networks, contacts, twin-towns, news o pages. Stampa l'elenco in
             JSON; con --merge l'intero feed con quell'elenco sostituito. Non
             scrive nulla se il risultato non è valido.
  protect-emails
             Scrive il feed con ogni indirizzo e-mail come {"protected": …},
             così che il JSON pubblicato non contenga indirizzi in chiaro; gli
             elementi lo decodificano per mostrarlo e collegarlo. Non scrive
             nulla se il feed ha problemi; lo stampa, o lo scrive in --out.

Opzioni:
  --json          Stampa un oggetto JSON per feed: {valid, problems, counts}.
  --timeout MS    Quanto attendere un indirizzo di feed (predefinito 10000).
  --out FILE      Scrive il risultato in FILE invece di stamparlo.
  --merge FEED    Inserisce l'elenco in questo feed, al posto di quello che aveva.
  --template      Stampa la riga di intestazione CSV (le colonne) per TIPO.
  --lang LINGUA   Lingua di questi testi: en, sv, da, nb, nn, fi, de, it
                  (predefinita: da LANG o LC_ALL).
  -h, --help      Mostra questo aiuto.
  --version       Mostra la versione.

Codici di uscita: 0 valido, 1 problemi trovati, 2 un feed o un file CSV non era
leggibile o la riga di comando è errata.`,
  wholeFeed: '(feed)',
  row: 'riga {row}',

  errUnknownCommand: 'Comando sconosciuto «{command}».',
  errNoFeed:
    'Indicare almeno un feed: un file, un indirizzo http(s) o - per lo standard input.',
  errNoKind: 'Indicare il tipo di elenco e il file CSV: from-csv TIPO FILE.csv.',
  errUnknownKind: 'Tipo sconosciuto «{kind}»: usare {kinds}.',
  errExtraArgument: 'Argomento inatteso «{argument}».',
  errOption: 'Riga di comando non valida: {detail}',
  errOptionNotFor: "L'opzione --{option} non vale per {command}.",
  errLang: 'Lingua sconosciuta «{lang}»: usare {languages}.',
  errTimeout: '--timeout richiede un numero di millisecondi, ad es. 10000.',
  errSeeHelp: 'Per l’aiuto eseguire «municipal-widgets --help».',
  errMissing: 'Impossibile leggere {source}: il file non esiste.',
  errUnreadable: 'Impossibile leggere {source}: {detail}.',
  errNetwork: 'Impossibile scaricare {source}: {detail}.',
  errTimedOut:
    'Impossibile scaricare {source}: nessuna risposta entro {seconds} secondi.',
  errHttp:
    'Impossibile scaricare {source}: il server ha risposto con lo stato HTTP {status}.',
  errNotJson: '{source} non è JSON valido: {detail}.',
  errNotUtf8: '{source} non è testo UTF-8; salvarlo come UTF-8 e riprovare.',
  errNoValidator:
    'Manca il validatore compilato ({file}); eseguire prima «npx tsc -p tsconfig.build.json» nel repository.',
  errNoSchema:
    'Manca lo schema del feed ({file}); eseguire prima «npm run generate» nel repository.',
  errCsv: 'Impossibile leggere {source} come CSV: {detail}.',
  errCsvEmpty: '{source} non ha una riga di intestazione.',
  errWrite: 'Impossibile scrivere {file}: {detail}.',

  noteLatin1:
    '{source} non è in UTF-8 ed è stato quindi letto come Windows-1252 (il «CSV (delimitato dal separatore di elenco)» di Excel). Salvarlo come «CSV UTF-8» evita lettere sbagliate.',
  noteRefsUnchecked:
    'Gli id dei contatti delle reti non sono stati controllati: aggiungere --merge FEED.json per controllarli sui contatti di quel feed.',
  noteWritten: 'Scritto {file}.',
  noteNotWritten: 'Non è stato scritto nulla.',
  noteProtected: {
    one: 'Protetto {n} indirizzo e-mail.',
    other: 'Protetti {n} indirizzi e-mail.',
  },

  valid: 'valido: {counts}',
  validEmpty: 'valido, senza voci',
  problems: {one: '{n} problema', other: '{n} problemi'},
  willShow: 'Verranno mostrati: {counts}.',
  showsNothing: 'Non verrà mostrato nulla.',
  effectEntries: {one: '{n} voce verrà saltata', other: '{n} voci verranno saltate'},
  effectLists: {one: '{n} elenco verrà ignorato', other: '{n} elenchi verranno ignorati'},
  effectLanguages: {
    one: '{n} link a una versione linguistica verrà omesso',
    other: '{n} link a versioni linguistiche verranno omessi',
  },
  effectReferences: {
    one: '{n} riferimento a un contatto verrà rimosso',
    other: '{n} riferimenti a contatti verranno rimossi',
  },
  effectFields: {
    one: '{n} indirizzo e-mail sarà omesso',
    other: '{n} indirizzi e-mail saranno omessi',
  },
  effectLogos: {one: '{n} logo sarà omesso', other: '{n} loghi saranno omessi'},
  effectPublisher: "il blocco dell'editore (publisher) verrà ignorato",
  effectFeed:
    'il feed non è utilizzabile: gli elementi mostreranno il contenuto alternativo',
  contacts: {one: '{n} contatto', other: '{n} contatti'},
  networks: {one: '{n} rete', other: '{n} reti'},
  twinTowns: {one: '{n} città gemellata', other: '{n} città gemellate'},
  pages: {one: '{n} pagina', other: '{n} pagine'},
  news: {one: '{n} notizia', other: '{n} notizie'},

  hintRequired: 'Aggiungere "{property}": ogni voce di questo tipo ne ha bisogno.',
  hintTypeInteger: 'Scrivere un numero intero senza virgolette, ad es. 1948.',
  hintTypeNumber:
    'Scrivere un numero senza virgolette, con il punto decimale, ad es. 44.42 (non 44,42).',
  hintTypeString: 'Scriverlo come testo tra virgolette doppie, ad es. "Ravenna".',
  hintTypeArray:
    'Scrivere un elenco tra parentesi quadre, ad es. ["IT", "SE"] (in un CSV: IT|SE).',
  hintTypeObject:
    'Scrivere un oggetto tra parentesi graffe, { … }, con le proprietà necessarie.',
  hintL10n:
    'Scrivere un testo non vuoto, o un testo per lingua: {"it": "…", "en": "…"} (in un CSV: colonne {property}.it, {property}.en).',
  hintLanguageTag: 'Usare codici di lingua come it, en, sv, da, nb, nn, fi, de o sv-FI.',
  hintDate:
    'Scrivere una data esistente, nel formato AAAA-MM-GG, ad es. 2025-03-18 (il 2026-02-30 non esiste).',
  hintUrl:
    'Scrivere un link completo che inizi con https:// (o http://); link relativi, javascript: e altri schemi non sono ammessi.',
  hintEnum: 'Usare uno dei valori elencati, scritto esattamente così.',
  hintVersion: 'Iniziare il feed con "version": 1.',
  hintNotObject:
    'Il feed deve essere un unico oggetto JSON: {"version": 1, "publisher": {…}, "networks": […], …}.',
  hintNotList: 'Mettere le voci tra parentesi quadre: "{property}": [{…}, {…}].',
  hintCountry:
    'Usare il codice ISO 3166-1 di due lettere maiuscole, ad es. IT, SE, DK, DE (non «Italia» o «it»).',
  hintPhone:
    'Scrivere il numero in forma internazionale: +, il prefisso del paese, poi cifre e spazi, ad es. +39 0544 482111.',
  hintEmail:
    'Scrivere un solo indirizzo e-mail, ad es. nome@comune.it (senza «mailto:», spazi, un secondo indirizzo o qualcosa come ?subject= dopo).',
  hintProtectedEmail:
    'Scrivere l’indirizzo in chiaro ed eseguire di nuovo «municipal-widgets protect-emails»: solo quel comando scrive un valore protetto.',
  hintLogo:
    'Mettere il logo sull’host del feed stesso, con un indirizzo relativo al feed (ad es. logos/aer.svg) o https:// su quell’host; le immagini su altri host non vengono mai caricate.',
  hintId: 'Usare un id senza spazi né virgole, ad es. north-sea-commission.',
  hintFounded: "Scrivere l'anno, o anno e mese: 2005 o 2005-01.",
  hintBlank: 'Compilare il testo o omettere la proprietà.',
  hintControl:
    'Rimuovere i caratteri di controllo (un a capo in un valore di una riga, una tabulazione, un codice di escape): su una pagina non significano nulla.',
  hintYear: "Scrivere l'anno con quattro cifre, ad es. 1948.",
  hintCoordinates:
    'Scrivere gradi decimali con il punto: latitudine da −90 a 90, longitudine da −180 a 180, ad es. 44.42.',
  hintMembers: 'Scrivere il numero di membri: 0 o più.',
  hintRange: "Il numero è fuori dall'intervallo ammesso.",
  hintDuplicateId:
    'Dare a ogni voce di un elenco un id proprio; la voce successiva con lo stesso id viene saltata.',
  hintDanglingContact:
    'Aggiungere un contatto con questo id in "contacts", o correggere l’id con uno esistente.',
  hintOther: 'Confrontare il valore con lo schema del feed, dist/feed.schema.json.',
  hintNotJson:
    'Cercare una virgola, una virgoletta o una parentesi mancante o in più vicino al punto indicato; un editor che controlla il JSON lo mostra.',

  csvUnknownColumn: 'non è una colonna per {kind}',
  hintCsvUnknownColumn:
    'Rinominare o togliere la colonna. Le colonne per {kind}: {columns}.',
  csvDuplicateColumn: 'compare due volte nella riga di intestazione',
  hintCsvDuplicateColumn: 'Tenere una delle due colonne.',
  csvBoth: 'ha testo sia nella colonna «{column}» sia in colonne per lingua ({columns})',
  hintCsvBoth: 'Compilare «{column}» oppure le colonne per lingua, non entrambe.',
  csvListLengths: 'ha un numero diverso di valori separati da | in {columns}',
  hintCsvListLengths:
    'Dare a ogni lingua lo stesso numero di valori, nello stesso ordine.',
  csvExtraCells: 'ha più celle di quante colonne abbia la riga di intestazione',
  hintCsvExtraCells:
    'Aggiungere un nome di colonna all’intestazione o svuotare le celle in più.',
};

/** The texts by language; a key missing in one falls back to English. */
export const MESSAGES = {en, sv, da, nb, nn, fi, de, it};

/**
 * The languages of the command, in the order the contract lists them: those
 * of its texts, which test/cli/messages.test.mjs holds equal to the elements'
 * (lit-localize.json).
 */
export const LANGUAGES = Object.keys(MESSAGES);
