// The hand-built demo record: the AQIM / Islamic State allegiance story of 2014, and the
// Islamic State's competing account of its relationship with al-Qaeda, as told by four saved
// articles in prisma/demo/corpus/. Plain data; prisma/demo/load-demo.ts maps it onto the database.
//
// Conventions used below:
// - Every quote is copied verbatim from one line (one paragraph) of the cited source's snapshot file.
//   Quotes are template literals because the texts mix straight and curly quotation marks.
//   The Al-Monitor page has non-breaking spaces inside its paragraphs; they are kept as \u00A0 escapes.
// - Locators count body paragraphs, leaving out captions, page furniture, Rantburg's inline glosses
//   and reader comments. Orton's essay is located by section.
// - claimedAt is the date the claim was asserted: the date of the statement or video when the claim
//   reports what a party itself said or did, otherwise the date of the earliest cited article.
// - Only the four articles have snapshots, so every citation points at one of them; the outlets they
//   rely on (Magharebia, El Khabar, SITE, Ansar al Sharia Tunisia, AQIM itself) appear as sources so
//   the reporting chains can be followed, and are named in `attributedTo`.

import type { DemoRecord } from './types';

export const demoRecord: DemoRecord = {
  topics: [
    {
      slug: 'aqim-isis-allegiance-2014',
      title: 'AQIM between al-Qaeda and ISIS, June–July 2014',
      summary:
        "In late June 2014 an AQIM video had the group's central-region judge, Abu Abdullah Othman al-Assimi, praise ISIS and promise it support; Algerian and regional outlets reported that AQIM backed ISIS, and some went further and said it had sworn allegiance to the Islamic State. Two weeks later AQIM put out a statement, translated by SITE and officially released on 15 July, rejecting the Islamic State's newly declared caliphate and reaffirming its pledge to al-Qaeda's leader Ayman al-Zawahiri. The topic tracks what each side of that story rests on, and how far the two can both be true.",
    },
    {
      slug: 'is-al-qaeda-split',
      title: 'The split between al-Qaeda and the Islamic State, 2013–2014',
      summary:
        "From al-Baghdadi's attempt in April 2013 to fold Jabhat al-Nusra into a new 'Islamic State of Iraq and Syria', through al-Zawahiri's ruling against the merger, al-Qaeda's disowning of ISIS on 3 February 2014, and the caliphate declared in late June 2014. Each side has published its own account of who owed obedience to whom; the claims here keep those accounts apart and dated.",
    },
    {
      slug: 'isi-al-qaeda-branch-question',
      title: 'Was the Islamic State of Iraq an al-Qaeda branch? (2004–2014)',
      summary:
        "Al-Zarqawi's group pledged to al-Qaeda in 2004, and the Islamic State of Iraq was declared in October 2006. The Islamic State says the declaration made ISI an independent state, never al-Qaeda's branch; al-Qaeda says ISI remained its Iraqi branch, bound by a secret pledge, until it broke with the group in February 2014. Kyle Orton's 2016 analysis weighs the two tellings against the captured letters and the groups' own statements.",
    },
    {
      slug: 'reporting-chains-aqim-video',
      title: 'How the al-Assimi video and the AQIM statement reached us',
      summary:
        "None of the four articles links the primary material. The al-Assimi video is known through Al-Monitor and through Rantburg's repost of Magharebia, which credits the Algerian daily El Khabar; AQIM's statement is known through the Long War Journal, which relies on SITE Intelligence Group's translation and a repost on Ansar al Sharia Tunisia's Facebook page. This topic gathers the claims about provenance, authentication and misreading, so that reports sharing one origin are not counted as independent confirmation.",
    },
  ],

  relations: [
    {
      key: 'pledges-allegiance-to',
      label: 'pledges allegiance to',
      exclusive: true,
      description:
        'Has given bayat (an oath of allegiance) to a leader or to the group he heads. Exclusive: a jihadist group holds one pledge at a time, so a pledge to al-Baghdadi and a pledge to al-Zawahiri by the same group in the same period contradict each other.',
    },
    {
      key: 'supports',
      label: 'supports',
      exclusive: false,
      description:
        'Declares support for, praises or backs, with words or with resources; the claim should say which. Not exclusive: a group can voice support for several others at once.',
    },
    {
      key: 'is-branch-of',
      label: 'is a branch of',
      exclusive: true,
      description:
        "Is a subordinate branch or affiliate of another organisation. Exclusive: a group is one organisation's branch at a time, so al-Nusra as ISI's Syrian front and al-Nusra as al-Qaeda's own Syrian branch cannot both hold for the same period.",
    },
    {
      key: 'rejects',
      label: 'rejects',
      exclusive: false,
      description:
        'Publicly rejects a claim, declaration, ruling or authority. Not exclusive: a group can reject many things at once.',
    },
    {
      key: 'leads',
      label: 'leads',
      exclusive: false,
      description:
        "Is the emir or leader of a group. Deliberately not exclusive: one person can head a group and an umbrella it belongs to at the same time (Orton: al-Badawi was emir of both AQM and the MSM coalition in 2006). The constraint that matters, one leader per group at a time, runs the other way and is left to reviewers.",
    },
    {
      key: 'declared',
      label: 'declared',
      exclusive: false,
      description:
        'Proclaimed the founding of a state, caliphate or new organisation. Not exclusive.',
    },
    {
      key: 'disowns',
      label: 'disowns',
      exclusive: false,
      description:
        'Formally breaks ties with, expels or disavows another group. Not exclusive.',
    },
  ],

  entities: [
    {
      slug: 'aqim',
      name: 'Al-Qaeda in the Islamic Maghreb',
      kind: 'ORGANIZATION',
      description:
        "Al-Qaeda's North African branch: the Algerian GSPC, which joined al-Qaeda in 2006 and renamed itself in January 2007. Led by Abdelmalek Droukdel at the time of the corpus. Its propaganda arm is the Al-Andalus Foundation for Media Production.",
      aliases: [
        { alias: 'AQIM' },
        { alias: 'Al Qaeda in the Islamic Maghreb', note: 'Long War Journal spelling' },
        { alias: 'Al-Qaeda in Islamic Maghreb', note: 'Al-Monitor headline' },
        {
          alias: 'al-Qaeda in the Maghreb and Trans-Saharan regions',
          note: "Al-Monitor's rendering of the group's name in the al-Assimi story",
        },
        {
          alias: "Tanzim al-Qa'ida fi Bilad al-Maghrib al-Islami",
          note: 'Transliteration of the Arabic name; not in the corpus',
        },
        {
          alias: 'GSPC',
          validTo: '2007-01-26',
          note: 'Name before the January 2007 rebranding as AQIM (announcement dated 24–26 January 2007 in different sources); not in the corpus',
        },
        {
          alias: 'Salafist Group for Preaching and Combat',
          validTo: '2007-01-26',
          note: 'English name of the GSPC, before the January 2007 rebranding',
        },
        {
          alias: 'Groupe salafiste pour la prédication et le combat',
          validTo: '2007-01-26',
          note: 'French name of the GSPC, before the January 2007 rebranding',
        },
      ],
    },
    {
      slug: 'islamic-state',
      name: 'Islamic State',
      kind: 'ORGANIZATION',
      description:
        "The group led by Abu Bakr al-Baghdadi: the Islamic State of Iraq and al-Sham (ISIS) from April 2013, when al-Baghdadi announced a merger with Jabhat al-Nusra, and 'the Islamic State' from the caliphate declaration of 29 June 2014 (the corpus says 'late June'). Disowned by al-Qaeda on 3 February 2014. Its predecessor, the Islamic State of Iraq, is a separate entity here.",
      aliases: [
        { alias: 'ISIS', validFrom: '2013-04-08', note: 'Official name April 2013 – June 2014; media kept using it afterwards' },
        { alias: 'Islamic State of Iraq and al-Sham', validFrom: '2013-04-08', note: 'Al-Monitor spelling' },
        { alias: 'Islamic State of Iraq and Syria', validFrom: '2013-04-08', note: 'Magharebia and Orton spelling' },
        { alias: 'Islamic State of Iraq and the Levant', validFrom: '2013-04-08', note: 'US and UN usage; not in the corpus' },
        { alias: 'ISIL', validFrom: '2013-04-08', note: 'US and UN usage; not in the corpus' },
        { alias: 'al-Dawla al-Islamiya fi al-Iraq wa al-Sham', validFrom: '2013-04-08', note: 'Transliteration of the Arabic name; not in the corpus' },
        { alias: 'IS', note: "Orton's usage" },
        { alias: 'IS(IS)', note: "Orton's shorthand covering both ISIS and IS" },
        { alias: 'Daesh', note: 'Arabic acronym used by its opponents; not in the corpus' },
      ],
    },
    {
      slug: 'islamic-state-of-iraq',
      name: 'Islamic State of Iraq',
      kind: 'ORGANIZATION',
      description:
        "Declared on 15 October 2006 (Orton: three days after the 12 October Hilf al-Mutayibeen merger) under Hamid al-Zawi (Abu Umar al-Baghdadi), absorbing the Mujahideen Shura Council and al-Qaeda in Mesopotamia; led by Abu Bakr al-Baghdadi from May 2010; renamed ISIS in April 2013. Whether it was ever al-Qaeda's branch is disputed between the Islamic State and al-Qaeda.",
      aliases: [
        { alias: 'ISI', validFrom: '2006-10-15', validTo: '2013-04-08' },
        { alias: "Dawlat al-'Iraq al-Islamiyya", validFrom: '2006-10-15', validTo: '2013-04-08', note: 'Transliteration of the Arabic name; not in the corpus' },
      ],
    },
    {
      slug: 'al-qaeda-in-mesopotamia',
      name: 'Al-Qaeda in Mesopotamia',
      kind: 'ORGANIZATION',
      description:
        "Abu Musab al-Zarqawi's network, Jamaat al-Tawhid wal-Jihad, which became al-Qaeda's Iraqi branch after al-Zarqawi's pledge (October 2004, accepted by bin Laden in December 2004, per Orton). Folded into the Mujahideen Shura Council in January 2006 and the Islamic State of Iraq in October 2006.",
      aliases: [
        { alias: 'AQM', note: "Orton's abbreviation" },
        { alias: 'AQI', note: 'Al-Qaeda in Iraq; Orton uses it once (AQI/ISI)' },
        { alias: 'al-Qaeda in Iraq' },
        { alias: "Tanzim Qaidat al-Jihad fi Bilad al-Rafidayn", note: 'Transliteration of the Arabic name; not in the corpus' },
        { alias: 'Jamaat al-Tawhid wal-Jihad', note: 'Name before the 2004 pledge to al-Qaeda (Orton: JTJ became AQM)' },
        { alias: 'JTJ', note: 'Name before the 2004 pledge to al-Qaeda' },
      ],
    },
    {
      slug: 'al-qaeda',
      name: 'Al-Qaeda (core)',
      kind: 'ORGANIZATION',
      description:
        "The central organisation founded by Osama bin Laden and led by Ayman al-Zawahiri from 2011, as distinct from its regional branches (AQIM, AQAP, Jabhat al-Nusra). 'AQC' (al-Qaeda central) in Orton; 'al Qaeda's general command' or 'senior leadership' in the Long War Journal.",
      aliases: [
        { alias: 'al-Qaeda' },
        { alias: 'al Qaeda', note: 'Long War Journal spelling' },
        { alias: "al-Qa'ida" },
        { alias: 'al-Qaida' },
        { alias: 'AQC', note: "Orton's abbreviation for al-Qaeda central" },
        { alias: 'al-Qaeda central' },
        { alias: "al Qaeda's general command", note: 'Long War Journal: the body that disowned ISIS' },
        { alias: 'Qaidat al-Jihad', note: "Short form of the formal name Tanzim Qaidat al-Jihad; not in the corpus" },
        { alias: 'Al-Qa-eda', note: 'Spelling in a Long War Journal reader comment' },
      ],
    },
    {
      slug: 'al-qaeda-in-the-arabian-peninsula',
      name: 'Al-Qaeda in the Arabian Peninsula',
      kind: 'ORGANIZATION',
      description:
        "Al-Qaeda's Yemen-based branch. The Long War Journal notes it sought reconciliation among the Syrian factions and stayed loyal to al-Qaeda's senior leadership in July 2014.",
      aliases: [{ alias: 'AQAP' }, { alias: 'al Qaeda in the Arabian Peninsula', note: 'Long War Journal spelling' }],
    },
    {
      slug: 'jabhat-al-nusra',
      name: 'Jabhat al-Nusra',
      kind: 'ORGANIZATION',
      description:
        "Syrian jihadist group set up in 2011 by a team the Islamic State of Iraq sent into Syria (Orton). Refused al-Baghdadi's April 2013 merger and pledged directly to al-Qaeda, becoming its Syrian branch; rebranded Jabhat Fatah al-Sham in July 2016.",
      aliases: [
        { alias: 'al-Nusra' },
        { alias: 'Al Nusrah Front', note: 'Long War Journal spelling' },
        { alias: 'al-Nusra Front' },
        { alias: 'Nusra Front' },
        { alias: 'Jabhat Fatah al-Sham', validFrom: '2016-07-28', note: 'Rebrand of July 2016 (Orton mentions it)' },
        { alias: 'JFS', validFrom: '2016-07-28' },
      ],
    },
    {
      slug: 'ansar-al-sharia-tunisia',
      name: 'Ansar al Sharia Tunisia',
      kind: 'ORGANIZATION',
      description:
        "Tunisian jihadist group the Long War Journal calls affiliated with AQIM; reposted AQIM's caliphate-rejection statement on its official Facebook page in July 2014. Not to be confused with the separate groups of the same name in Libya and Yemen.",
      aliases: [
        { alias: 'AST' },
        { alias: 'Ansar al-Sharia in Tunisia' },
        { alias: 'Ansar al-Sharia', note: 'Ambiguous: Rantburg uses it for the Tunisian and Libyan groups together' },
      ],
    },
    {
      slug: 'site-intelligence-group',
      name: 'SITE Intelligence Group',
      kind: 'ORGANIZATION',
      description:
        "US-based commercial service that monitors and translates jihadist media; obtained and translated AQIM's July 2014 statement and reported its official release on 15 July.",
      aliases: [{ alias: 'SITE' }, { alias: 'Search for International Terrorist Entities', note: 'Original expansion of the acronym; not in the corpus' }],
    },
    {
      slug: 'al-andalus-media',
      name: 'Al-Andalus Foundation for Media Production',
      kind: 'ORGANIZATION',
      description:
        "AQIM's official propaganda arm; the Long War Journal calls it the only body authorised to disseminate AQIM's messages.",
      aliases: [{ alias: 'Al Andalus Foundation for Media Production', note: 'Long War Journal spelling' }, { alias: 'al-Andalus Media' }],
    },
    {
      slug: 'abu-abdullah-othman-al-assimi',
      name: 'Abu Abdullah Othman al-Assimi',
      kind: 'PERSON',
      description:
        "AQIM figure whose real name is unknown; AQIM's 'judge' for the central region (Magharebia) or 'a judge within the group' (Al-Monitor, which also, inconsistently, calls him its leader). Said to live in the mountains of Boumerdes and Tizi-Ouzou and to have joined AQIM recently. Praised ISIS in a video posted around 27 June 2014.",
      aliases: [
        { alias: 'Abu Abdullah Othman al-Asemi', note: 'Magharebia spelling (via Rantburg)' },
        { alias: 'Sheikh Abdullah Othman al-Assimi', note: 'Al-Monitor, which drops the Abu' },
        { alias: 'Abdullah Othman al-Assimi' },
        { alias: 'al-Assimi' },
        { alias: 'Assimi', note: 'Al-Monitor short form' },
        { alias: 'al-Asemi', note: 'Magharebia short form' },
        { alias: "Abu Abdullah Uthman al-'Asimi", note: 'Scholarly transliteration; not in the corpus' },
      ],
    },
    {
      slug: 'abdelmalek-droukdel',
      name: 'Abdelmalek Droukdel',
      kind: 'PERSON',
      description:
        'Algerian emir of AQIM, and of the GSPC before it; named in the corpus only in passing, as the leader of the group al-Assimi had joined. Killed by French forces in Mali in June 2020 (outside the corpus).',
      aliases: [
        { alias: 'Abdalmalek Droukdel', note: 'Magharebia spelling (via Rantburg)' },
        { alias: 'Droukdel' },
        { alias: 'Abdelmalek Droukdal' },
        { alias: 'Abu Musab Abdel Wadoud', note: 'Nom de guerre; not in the corpus' },
        { alias: 'Abou Moussaab Abdelouadoud', note: 'French transliteration of the nom de guerre; not in the corpus' },
      ],
    },
    {
      slug: 'ayman-al-zawahiri',
      name: 'Ayman al-Zawahiri',
      kind: 'PERSON',
      description:
        "Egyptian leader of al-Qaeda from 2011, after bin Laden's death, and its deputy before that. AQIM reaffirmed its pledge to him in July 2014; the Islamic State's spokesman attacked him from 2013 on.",
      aliases: [
        { alias: 'Ayman al Zawahiri', note: 'Long War Journal spelling' },
        { alias: 'Ayman al-Zawahri', note: 'Al-Monitor spelling' },
        { alias: 'Zawahri', note: 'Al-Monitor short form' },
        { alias: 'Zawahiri' },
        { alias: 'al-Zawahiri' },
        { alias: 'al Zawahiri' },
        { alias: 'Sheikh Ayman', note: "AQIM's statement (SITE translation)" },
        { alias: 'Ayman az-Zawahiri', note: 'Transliteration; not in the corpus' },
        { alias: 'Aiman al-Zawahiri', note: 'Transliteration; not in the corpus' },
      ],
    },
    {
      slug: 'abu-bakr-al-baghdadi',
      name: 'Abu Bakr al-Baghdadi',
      kind: 'PERSON',
      description:
        "Ibrahim al-Badri; emir of the Islamic State of Iraq from May 2010, of ISIS from April 2013, and proclaimed caliph ('Caliph Ibrahim') when the Islamic State declared a caliphate in late June 2014.",
      aliases: [
        { alias: 'Abu Bakr al Baghdadi', note: 'Long War Journal spelling' },
        { alias: 'Abu Bakr al-Baghdadi al-Qurashi', note: 'As al-Assimi names him (Al-Monitor)' },
        { alias: 'Caliph Ibrahim', validFrom: '2014-06-29', note: 'Title used by his followers after the caliphate declaration' },
        { alias: 'Ibrahim al-Badri', note: "Orton's name for him" },
        { alias: 'al-Badri' },
        { alias: 'Awwad Ibrahim Ali Badri al-Samarrai', note: 'Real name as Al-Monitor gives it' },
        { alias: 'Ibrahim Awad Ibrahim al-Badri', note: 'Real name as usually given; not in the corpus' },
        { alias: 'al-Baghdadi', note: 'Ambiguous with Abu Umar al-Baghdadi in texts about ISI' },
        { alias: 'Baghdadi' },
        { alias: 'Abu Bakar Al-Baghdadi', note: 'Spelling in a Long War Journal reader comment' },
      ],
    },
    {
      slug: 'abu-umar-al-baghdadi',
      name: 'Abu Umar al-Baghdadi',
      kind: 'PERSON',
      description:
        "Hamid al-Zawi, first emir of the Islamic State of Iraq, declared 15 October 2006; Orton calls him 'a stolid bureaucrat and consensus figure'. Succeeded by Abu Bakr al-Baghdadi in May 2010.",
      aliases: [
        { alias: 'Hamid al-Zawi' },
        { alias: 'al-Zawi' },
        { alias: 'Abu Omar al-Baghdadi', note: 'Transliteration; not in the corpus' },
      ],
    },
    {
      slug: 'abu-hamza-al-muhajir',
      name: 'Abu Hamza al-Muhajir',
      kind: 'PERSON',
      description:
        "Abd al-Munim al-Badawi, Egyptian successor to al-Zarqawi as emir of al-Qaeda in Mesopotamia; switched his bayat to Abu Umar al-Baghdadi on 10 November 2006 (Orton). Al-Zawahiri says he secretly sent ISI's pledge to bin Laden.",
      aliases: [
        { alias: 'Abd al-Munim al-Badawi' },
        { alias: 'Abdul Munim al-Badawi', note: 'Spelling in Orton’s note [1]' },
        { alias: 'al-Badawi' },
        { alias: 'Abu Ayyub al-Masri', note: 'Name under which US officials knew him; not in the corpus' },
      ],
    },
    {
      slug: 'abu-musab-al-zarqawi',
      name: 'Abu Musab al-Zarqawi',
      kind: 'PERSON',
      description:
        'Ahmad al-Khalayleh, Jordanian founder of the movement that became the Islamic State; pledged to al-Qaeda in October 2004 (accepted by bin Laden in December 2004, per Orton); killed in June 2006.',
      aliases: [
        { alias: 'Ahmad al-Khalayleh', note: "Orton's usage" },
        { alias: 'al-Khalayleh' },
        { alias: 'al-Zarqawi' },
        { alias: 'Zarqawi' },
        { alias: 'Ahmad Fadil Nazal al-Khalayleh', note: 'Full name; not in the corpus' },
      ],
    },
    {
      slug: 'osama-bin-laden',
      name: 'Osama bin Laden',
      kind: 'PERSON',
      description: 'Founder and leader of al-Qaeda until he was killed in Abbottabad, Pakistan, in May 2011.',
      aliases: [
        { alias: 'Usama bin Ladin', note: "Orton's spelling" },
        { alias: 'Bin Ladin' },
        { alias: 'bin Laden' },
        { alias: 'Usama bin Laden' },
        { alias: 'OBL', note: 'Abbreviation in a Long War Journal reader comment' },
      ],
    },
    {
      slug: 'abu-muhammad-al-adnani',
      name: 'Abu Muhammad al-Adnani',
      kind: 'PERSON',
      description:
        'Taha Falaha, spokesman of the Islamic State of Iraq from August 2011 (Orton) and then of ISIS and the Islamic State; author of the fiercest IS attacks on al-Zawahiri in 2013–2014.',
      aliases: [
        { alias: 'Taha Falaha', note: "Orton's usage" },
        { alias: 'Falaha' },
        { alias: 'al-Adnani' },
        { alias: 'Sheikh Abu Muhammad al-Adnani', note: 'Al-Monitor' },
        { alias: 'Abu Mohammed al-Adnani', note: 'Transliteration; not in the corpus' },
        { alias: 'Taha Subhi Falaha', note: 'Full name; not in the corpus' },
      ],
    },
    {
      slug: 'abu-muhammad-al-jolani',
      name: 'Abu Muhammad al-Jolani',
      kind: 'PERSON',
      description:
        "Leader of Jabhat al-Nusra; on 10 April 2013 rejected al-Baghdadi's merger and swore allegiance directly to al-Qaeda (Orton).",
      aliases: [
        { alias: 'al-Jolani' },
        { alias: 'Abu Mohammad al-Julani', note: 'Transliteration; not in the corpus' },
      ],
    },
    {
      slug: 'islamic-state-caliphate',
      name: 'Islamic State caliphate (2014)',
      kind: 'OTHER',
      description:
        "The caliphate the Islamic State proclaimed in late June 2014 (29 June), with Abu Bakr al-Baghdadi as 'Caliph Ibrahim', demanding that all jihadists swear allegiance to him. Rejected by AQIM in July 2014.",
      aliases: [
        { alias: "Islamic State's caliphate", note: 'Long War Journal' },
        { alias: 'IS caliphate' },
      ],
    },
  ],

  sources: [
    // ── the four saved articles ──
    {
      key: 'almonitor-2014-07-02',
      title: 'Al-Qaeda in Islamic Maghreb backs ISIS',
      url: 'https://www.al-monitor.com/pulse/tr/security/2014/07/aqim-declaration-support-isis-syria-maghreb.html',
      publisher: 'Al-Monitor',
      author: 'Hamid Yess',
      publishedAt: '2014-07-02',
      kind: 'NEWS_REPORT',
      language: 'en',
      grade: 'C',
      gradeNote:
        "An established regional outlet, but this page (Turkish edition, English text, cut off at the paywall) names no origin for its reporting and does not link the video. It calls al-Assimi both 'the leader of the group' and 'a judge within the group', and renders ISIS as 'the armed Jamaa al-Islamiya': signs of a hurried translation.",
      snapshotFile: 'almonitor-2014-07-02-aqim-backs-isis.txt',
    },
    {
      key: 'rantburg-2014-07-07',
      title: "'Caliphate' claim sparks new jihadist infighting",
      url: 'https://www.rantburg.com/index.php?D=2014-07-07',
      publisher: 'Rantburg',
      author: 'Fred',
      publishedAt: '2014-07-07',
      kind: 'BLOG',
      language: 'en',
      grade: 'D',
      gradeNote:
        "A blog repost of Magharebia's report, with the poster's glosses inserted mid-text (a joke about Zawahiri's forehead, a comic 'Don Smilzo' passage) and reader comments below; none of that is reporting. The repost also differs from the syndicated Magharebia text (AllAfrica has 'his companions' and 'the caliph of Muslims' where Rantburg reads 'his lover companions' and 'the caliph of Moslems'). Use it only to trace Magharebia.",
      snapshotFile: 'rantburg-2014-07-07-caliphate-claim-infighting.txt',
      derivedFrom: 'magharebia-2014-07-03',
    },
    {
      key: 'lwj-2014-07-14',
      title: 'AQIM rejects Islamic State’s caliphate, reaffirms allegiance to Zawahiri',
      url: 'https://www.longwarjournal.org/archives/2014/07/aqim_rejects_islamic.php',
      publisher: "FDD's Long War Journal",
      author: 'Thomas Joscelyn',
      publishedAt: '2014-07-14',
      kind: 'NEWS_REPORT',
      language: 'en',
      grade: 'B',
      gradeNote:
        "Specialist outlet with a consistent record on al-Qaeda's internal affairs, and careful here to flag that the statement was at first unauthenticated. It relies on SITE's translation (no Arabic given), and asserts without quotation what AQIM's earlier statement said about Zawahiri. Reader comments on the page are not reporting.",
      snapshotFile: 'lwj-2014-07-14-aqim-rejects-caliphate.txt',
      derivedFrom: 'site-aqim-statement-translation',
      correctionKind: 'UPDATED',
      correctedAt: '2014-07-15',
      correctionNote:
        'Update added at the top, on or after 15 July 2014: SITE reports that AQIM officially released the statement on 15 July, which LWJ says confirms its authenticity. An update, not a correction of an error.',
    },
    {
      key: 'orton-2016-08-30',
      title: 'The Islamic State’s Relationship With Al-Qaeda',
      url: 'https://kyleorton1991.wordpress.com/2016/08/30/the-islamic-states-relationship-with-al-qaeda/',
      publisher: 'The Syrian Intifada (Kyle Orton’s blog)',
      author: 'Kyle Orton',
      publishedAt: '2016-08-30',
      kind: 'ANALYSIS',
      language: 'en',
      grade: 'C',
      gradeNote:
        "Detailed, well-sourced analysis by an independent researcher, but on a personal blog without editorial review, and some of its positions (the Saddam regime's links to al-Zarqawi) are contested by other scholars. Each side's narrative is given in Orton's summary, not in full quotation. The notes and postscript were extended after publication (the postscript has a 20 November 2016 entry).",
      snapshotFile: 'orton-2016-08-30-is-relationship-with-al-qaeda.txt',
    },

    // ── the outlets and originals they rely on (no snapshots) ──
    {
      key: 'magharebia-2014-07-03',
      title: "'Caliphate' claim sparks new jihadist infighting",
      url: 'https://magharebia.com/en_GB/articles/awi/features/2014/07/03/feature-01',
      publisher: 'Magharebia',
      publishedAt: '2014-07-03',
      kind: 'NEWS_REPORT',
      language: 'en',
      grade: 'C',
      gradeNote:
        "News site funded by US Africa Command (since closed) that mostly rewrote Maghreb press reports. Here it credits El Khabar for the story and adds unnamed 'experts' and two named analysts. We hold its text only through Rantburg's altered repost; a syndicated copy on AllAfrica is dated 3 July 2014, Algiers.",
      derivedFrom: 'elkhabar-2014-07-02',
    },
    {
      key: 'elkhabar-2014-07-02',
      title: "El Khabar report on AQIM's video supporting ISIS",
      publisher: 'El Khabar',
      publishedAt: '2014-07-02',
      kind: 'NEWS_REPORT',
      language: 'ar',
      grade: 'C',
      gradeNote:
        "Major Algerian Arabic-language daily that covers AQIM closely, often from unnamed security sources. The original report is not in the corpus and is known only from Magharebia's summary (published 'Wednesday (July 2nd)'); its address is not known.",
    },
    {
      key: 'aqim-statement-2014-07',
      title: "AQIM statement rejecting the Islamic State's caliphate and reaffirming allegiance to Ayman al-Zawahiri",
      publisher: 'Al-Andalus Foundation for Media Production (AQIM)',
      kind: 'PRIMARY_STATEMENT',
      language: 'ar',
      grade: 'F',
      gradeNote:
        "The party's own propaganda: once authenticated, the best evidence of AQIM's stated position, but its factual assertions (secret mediation, messages from the Islamic State) cannot be checked. First posted on Twitter feeds AQIM had not authenticated; SITE reports an official release on 15 July 2014. We have no Arabic text, only SITE's translation as quoted by LWJ; the post's address is not known.",
    },
    {
      key: 'site-aqim-statement-translation',
      title: "SITE Intelligence Group translation of AQIM's statement rejecting the Islamic State's caliphate",
      publisher: 'SITE Intelligence Group',
      kind: 'OTHER',
      language: 'en',
      grade: 'B',
      gradeNote:
        "Commercial monitoring service with a good record for obtaining and translating jihadist statements quickly. Its translations are subscription-only, so we see only LWJ's excerpts and cannot compare them with the Arabic. The item's address is not known.",
      derivedFrom: 'aqim-statement-2014-07',
    },
    {
      key: 'ast-facebook-2014-07',
      title: "Ansar al Sharia Tunisia Facebook page: repost of AQIM's statement rejecting the caliphate",
      publisher: 'Ansar al Sharia Tunisia',
      kind: 'SOCIAL_MEDIA',
      language: 'ar',
      grade: 'E',
      gradeNote:
        "Official page of a jihadist group affiliated with AQIM: propaganda, and no source of fact. Its repost matters only as a sign that AQIM's allies treated the statement as genuine, which is LWJ's point. Known to us only from LWJ's screenshot; the page's address is not given.",
      derivedFrom: 'aqim-statement-2014-07',
    },
  ],

  claims: [
    // ── the headline pair ──
    {
      key: 'aqim-backs-isis',
      claimant: 'abu-abdullah-othman-al-assimi',
      statement: 'AQIM backs ISIS',
      subject: 'aqim',
      relation: 'supports',
      object: 'islamic-state',
      polarity: 'AFFIRMS',
      claimedAt: '2014-07-02',
      credibility: 3,
      credibilityNote:
        "That a senior AQIM figure, the central-region judge al-Assimi, praised ISIS and promised it support in a video is well attested by two reports, though they probably share one Algerian press origin. That this was AQIM's position as an organisation is only possible: the support was moral only, and two weeks later AQIM's leadership reaffirmed its pledge to Zawahiri.",
      topics: ['aqim-isis-allegiance-2014'],
      author: 'editor',
      status: 'APPROVED',
      reviewer: 'reviewer',
      citations: [
        {
          source: 'almonitor-2014-07-02',
          quote: `Al-Qaeda in the Islamic Maghreb (AQIM) declared its support for the Islamic State of Iraq and al-Sham (ISIS) and implicitly criticized the leadership of the al-Qaeda network and its branches\u00A0because the latter didn’t openly declare their support for ISIS.`,
          locator: 'paragraph 1',
        },
        {
          source: 'almonitor-2014-07-02',
          quote: `In the recording, Assimi, who is also a judge within\u00A0the group, said, “My group wants to build friendly ties with ISIS. You are dearer to us than our tribe and family, and you will always have our support.”`,
          locator: 'paragraph 2',
          attributedTo: 'Abu Abdullah Othman al-Assimi, AQIM judge (in Al-Monitor’s translation)',
        },
        {
          source: 'rantburg-2014-07-07',
          quote: `Al-Qaeda in the Islamic Maghreb (AQIM) just declared its support for the group formerly known as the Islamic State of Iraq and Syria (ISIS), El Khabar reported Wednesday (July 2nd).`,
          locator: 'paragraph 1',
          attributedTo: 'Magharebia, citing El Khabar (reposted by Rantburg)',
        },
      ],
    },
    {
      key: 'aqim-reaffirms-allegiance-to-zawahiri',
      claimant: 'aqim',
      statement: 'AQIM reaffirms allegiance to Zawahiri',
      subject: 'aqim',
      relation: 'pledges-allegiance-to',
      object: 'ayman-al-zawahiri',
      polarity: 'AFFIRMS',
      claimedAt: '2014-07-14',
      credibility: 2,
      credibilityNote:
        "AQIM's own statement, in SITE's translation. It first appeared on unauthenticated Twitter feeds; SITE reports AQIM released it officially on 15 July, which settles authenticity on one monitor's word. A group's statement of its own allegiance is strong evidence of its declared position; we have no second translation.",
      topics: ['aqim-isis-allegiance-2014'],
      author: 'editor',
      status: 'APPROVED',
      reviewer: 'reviewer2',
      citations: [
        {
          source: 'lwj-2014-07-14',
          quote: `We “confirm that we still adhere to our pledge of allegiance to our sheikh and emir, Ayman al Zawahiri, since it is a Sharia-accorded pledge of allegiance that remains hanging on our necks, and we do not see what requires use to break it,” AQIM’s statement reads.`,
          translator: 'SITE Intelligence Group',
          locator: 'paragraph 2',
          attributedTo: 'AQIM statement (SITE Intelligence Group translation)',
        },
        {
          source: 'lwj-2014-07-14',
          quote: `Assuming the latest statement from AQIM is authentic, the group makes clear that it is still loyal to Zawahiri, and doesn’t think highly of the Islamic State’s attempted power grab within the jihadist world.`,
          locator: 'paragraph 20',
          attributedTo: 'Thomas Joscelyn (LWJ)',
        },
      ],
    },
    {
      key: 'aqim-rejects-is-caliphate',
      claimant: 'aqim',
      statement: "AQIM rejects the Islamic State's caliphate",
      subject: 'aqim',
      relation: 'rejects',
      object: 'islamic-state-caliphate',
      polarity: 'AFFIRMS',
      claimedAt: '2014-07-14',
      credibility: 2,
      credibilityNote:
        "Same statement and the same single translation as the reaffirmed pledge. AQIM's stated objection is procedural: the caliphate was announced without 'the expansion of consultation'; it does not reject the caliphate as a goal.",
      topics: ['aqim-isis-allegiance-2014', 'is-al-qaeda-split'],
      author: 'editor2',
      status: 'APPROVED',
      reviewer: 'reviewer',
      citations: [
        {
          source: 'lwj-2014-07-14',
          quote: `Al Qaeda in the Islamic Maghreb (AQIM) has purportedly released a statement rejecting the Islamic State’s caliphate. And the group rejects the Islamic State’s demand that all jihadists now swear bayat (or allegiance) to Abu Bakr al Baghdadi, the self-proclaimed new caliph.`,
          locator: 'paragraph 1',
        },
        {
          source: 'lwj-2014-07-14',
          quote: `“It is obvious for the Muslims and all jihadi organizations that follow the correct method, that the announcement of such a serious step (meaning the establishment of the Caliphate), will not happen but after the expansion of consultation,” AQIM’s statement continues.`,
          translator: 'SITE Intelligence Group',
          locator: 'paragraph 11',
          attributedTo: 'AQIM statement (SITE Intelligence Group translation)',
        },
      ],
    },

    // ── provenance of the AQIM statement ──
    {
      key: 'aqim-statement-unauthenticated',
      claimant: 'site-intelligence-group',
      statement: "AQIM's statement rejecting the caliphate first appeared on Twitter feeds AQIM had not authenticated",
      claimedAt: '2014-07-14',
      validTo: '2014-07-15',
      credibility: 2,
      credibilityNote:
        "SITE's observation as relayed by LWJ, which adds two signs of authenticity: attribution to AQIM's official media arm, Al-Andalus, and reposting by the AQIM-affiliated Ansar al Sharia Tunisia. True when written; overtaken by the official release on 15 July.",
      topics: ['reporting-chains-aqim-video', 'aqim-isis-allegiance-2014'],
      author: 'editor2',
      status: 'APPROVED',
      reviewer: 'reviewer2',
      citations: [
        {
          source: 'lwj-2014-07-14',
          quote: `The message was first obtained and translated by the SITE Intelligence Group, which notes that it was posted on Twitter feeds that have not yet been authenticated by AQIM.`,
          locator: 'paragraph 3',
          attributedTo: 'SITE Intelligence Group (as reported by LWJ)',
        },
        {
          source: 'lwj-2014-07-14',
          quote: `In particular, Ansar al Sharia Tunisia, a jihadist organization that is affiliated with AQIM, reposted the message on its official Facebook page.`,
          locator: 'paragraph 4',
        },
      ],
    },
    {
      key: 'site-confirms-aqim-statement',
      claimant: 'site-intelligence-group',
      statement: 'SITE reports AQIM officially released its caliphate-rejection statement on 15 July 2014, confirming it is authentic',
      claimedAt: '2014-07-15',
      validFrom: '2014-07-15',
      credibility: 2,
      credibilityNote:
        "One monitor's report, carried in LWJ's update; no official AQIM channel is cited directly. SITE's record on such releases is good, and no AQIM denial is reported.",
      topics: ['reporting-chains-aqim-video', 'aqim-isis-allegiance-2014'],
      author: 'editor2',
      status: 'APPROVED',
      reviewer: 'reviewer',
      citations: [
        {
          source: 'lwj-2014-07-14',
          quote: `Update: The SITE Intelligence Group reports that, on July 15, AQIM officially released its statement rejecting the Islamic State’s caliphate. This confirms the authenticity of the message described below.`,
          locator: 'update note at the top',
          attributedTo: 'SITE Intelligence Group (LWJ update)',
        },
      ],
    },

    // ── the al-Assimi video ──
    {
      key: 'asemi-tells-isis-aqim-will-not-let-them-down',
      claimant: 'abu-abdullah-othman-al-assimi',
      statement: "AQIM's central-region judge al-Asemi told ISIS in a video that AQIM would not let it down",
      subject: 'abu-abdullah-othman-al-assimi',
      relation: 'supports',
      object: 'islamic-state',
      polarity: 'AFFIRMS',
      claimedAt: '2014-06-27',
      credibility: 2,
      credibilityNote:
        "Magharebia (via Rantburg) says the video was posted 'last Friday' before El Khabar's report of Wednesday 2 July, i.e. 27 June 2014; Al-Monitor says 'last week'. Al-Monitor carries the same passage in another translation ('we will not fail them'). Neither links the video.",
      topics: ['aqim-isis-allegiance-2014'],
      author: 'editor2',
      status: 'APPROVED',
      reviewer: 'reviewer2',
      citations: [
        {
          source: 'rantburg-2014-07-07',
          quote: `In another implied reference to al-Qaeda leadership, al-Asemi said: "As those concerned have been silent, we wanted to show our position…so the mujahedeen of ISIS may know that we won't let them down."`,
          locator: 'paragraph 7',
          attributedTo: 'Abu Abdullah Othman al-Asemi, AQIM judge for the central region (Magharebia’s translation, via Rantburg)',
        },
        {
          source: 'rantburg-2014-07-07',
          quote: `"You're dearer to us than our own families and relatives and we always pray for you," the AQIM figure said.`,
          locator: 'paragraph 4',
          attributedTo: 'Abu Abdullah Othman al-Asemi (Magharebia’s translation, via Rantburg)',
        },
      ],
    },
    {
      key: 'aqim-video-moral-support-only',
      statement: "AQIM's video offered ISIS moral support only, not fighters or weapons",
      claimedAt: '2014-07-02',
      credibility: 2,
      credibilityNote:
        "Both reports say so, but it is a reading of the video's silence ('no indication'), not a statement by AQIM, and the two reports may share an origin.",
      topics: ['aqim-isis-allegiance-2014'],
      author: 'editor',
      status: 'DRAFT',
      citations: [
        {
          source: 'almonitor-2014-07-02',
          quote: `There was no indication in the video that AQIM wants to support ISIS with men and arms.\u00A0Rather, it wants to offer\u00A0moral support.`,
          locator: 'paragraph 6',
        },
        {
          source: 'rantburg-2014-07-07',
          quote: `The video carried nothing indicating that AQIM wanted to support ISIS with fighters and weapons, or provide any type of assistance other than moral support.`,
          locator: 'paragraph 8',
          attributedTo: 'Magharebia (reposted by Rantburg)',
        },
      ],
    },
    {
      key: 'aqim-rift-with-zawahiri-network',
      statement: "The al-Assimi video points to an organisational rift between AQIM and Zawahiri's al-Qaeda",
      claimedAt: '2014-07-02',
      credibility: 4,
      credibilityNote:
        "The reporters' interpretation, not a reported fact. AQIM's 14 July statement reaffirms the pledge to Zawahiri, and LWJ says even the earlier statement called him 'sheikh' and 'emir'.",
      topics: ['aqim-isis-allegiance-2014'],
      author: 'editor',
      status: 'DRAFT',
      citations: [
        {
          source: 'almonitor-2014-07-02',
          quote: `Yet\u00A0the video gave the impression of an organizational rift between AQIM and the network led by Zawahri, which will persist as long as there is no communication between the organization and the branch on an important jihadist outfit\u00A0like ISIS and its actions in Iraq.`,
          locator: 'paragraph 6',
        },
        {
          source: 'rantburg-2014-07-07',
          quote: `Yet it shows that there is an organizational break with the al-Zawahiri-led network. There has clearly been no communication between al-Qaeda central and the Maghreb branch on the issue of ISIS and what it is doing in Iraq.`,
          locator: 'paragraph 9',
          attributedTo: 'Magharebia (reposted by Rantburg)',
        },
      ],
    },
    {
      key: 'droukdel-leads-aqim',
      statement: 'Abdelmalek Droukdel leads AQIM',
      subject: 'abdelmalek-droukdel',
      relation: 'leads',
      object: 'aqim',
      polarity: 'AFFIRMS',
      claimedAt: '2014-07-03',
      credibility: 2,
      credibilityNote:
        "A passing mention ('the group led by Abdalmalek Droukdel') in one report; consistent with Droukdel's long-standing role as AQIM's emir, but the corpus offers nothing more.",
      topics: ['aqim-isis-allegiance-2014'],
      author: 'editor2',
      status: 'DRAFT',
      citations: [
        {
          source: 'rantburg-2014-07-07',
          quote: `Al-Asemi, whose real name is unknown and who is believed to have recently joined the group led by Abdalmalek Droukdel, added:`,
          locator: 'paragraph 5',
          attributedTo: 'Magharebia (reposted by Rantburg)',
        },
      ],
    },
    {
      key: 'assimi-leads-aqim',
      statement: 'Abu Abdullah Othman al-Assimi is the leader of AQIM',
      subject: 'abu-abdullah-othman-al-assimi',
      relation: 'leads',
      object: 'aqim',
      polarity: 'AFFIRMS',
      claimedAt: '2014-07-02',
      credibility: 5,
      credibilityNote:
        "Contradicted by the same article ('also a judge within the group') and by Magharebia, which calls him the central-region 'judge' and says he recently joined the group led by Abdalmalek Droukdel.",
      topics: ['aqim-isis-allegiance-2014', 'reporting-chains-aqim-video'],
      author: 'editor',
      status: 'REJECTED',
      reviewer: 'reviewer',
      reviewNote:
        "Rejected. One phrase in Al-Monitor ('the leader of the group') against everything else: the same article calls him 'also a judge within the group', and Magharebia (via Rantburg) calls him AQIM's 'judge' for the central region who recently joined 'the group led by Abdalmalek Droukdel'. Probably a translation slip. If anything, record him as a judge, not as emir.",
      citations: [
        {
          source: 'almonitor-2014-07-02',
          quote: `In a videotape\u00A0broadcast\u00A0by al-Qaeda in the Maghreb and Trans-Saharan regions last week, the leader of the\u00A0group, who is known as Sheikh Abdullah Othman al-Assimi, spoke on behalf of the organization to offer support for the jihadists in ISIS in Iraq.`,
          locator: 'paragraph 2',
        },
      ],
    },
    {
      key: 'aqim-pledges-allegiance-to-baghdadi',
      statement: 'AQIM pledges allegiance to Abu Bakr al-Baghdadi',
      subject: 'aqim',
      relation: 'pledges-allegiance-to',
      object: 'abu-bakr-al-baghdadi',
      polarity: 'AFFIRMS',
      claimedAt: '2014-07-02',
      credibility: 5,
      credibilityNote:
        'No source in the corpus reports a pledge: the passages cited show al-Assimi congratulating al-Baghdadi and experts guessing that AQIM may one day switch sides. LWJ calls reports of such a pledge a misreading.',
      topics: ['aqim-isis-allegiance-2014', 'reporting-chains-aqim-video'],
      author: 'editor2',
      status: 'RETRACTED',
      reviewer: 'reviewer',
      reviewNote:
        "Retracted. The claim read praise and a forecast as a pledge: al-Assimi congratulates 'the Iraqi emir of believers', and Magharebia's experts say AQIM 'may eventually' become a branch under the caliph. LWJ (14 July) reports that stories of AQIM swearing bayat to the Islamic State rested on a misreading of that earlier statement, and AQIM's own statement, officially released on 15 July, reaffirms its pledge to Zawahiri.",
      citations: [
        {
          source: 'almonitor-2014-07-02',
          quote: `Assimi also congratulated “the Iraqi emir of believers, Abu Bakr al-Baghdadi al-Qurashi, for his great conquests in Mosul, Samaraa and other regions.”`,
          locator: 'paragraph 8',
          attributedTo: 'Abu Abdullah Othman al-Assimi (in Al-Monitor’s translation)',
        },
        {
          source: 'rantburg-2014-07-07',
          quote: `Many experts believe that AQIM's declaration of support for ISIS was an indication of looming regional changes that may eventually prompt the group to change itself from a branch of al-Qaeda to a branch under the command of "the caliph of Moslems".`,
          locator: 'paragraph 10',
          attributedTo: "Unnamed 'experts' (Magharebia, reposted by Rantburg)",
        },
        {
          source: 'lwj-2014-07-14',
          quote: `Earlier this month, it was erroneously reported by some media outlets that AQIM had defected from al Qaeda’s ranks and sworn bayat to the Islamic State.`,
          locator: 'paragraph 23',
          attributedTo: 'Thomas Joscelyn (LWJ), on the reports this claim rested on',
        },
      ],
    },
    {
      key: 'aqim-earlier-statement-called-zawahiri-emir',
      statement: "Even in its earlier statement praising ISIS, AQIM called Zawahiri its 'sheikh' and 'emir'",
      claimedAt: '2014-07-14',
      credibility: 3,
      credibilityNote:
        "LWJ's assertion, without quotation. Neither account of the al-Assimi video in the corpus has these words; both describe only an indirect call on Zawahiri to declare his stance.",
      topics: ['aqim-isis-allegiance-2014', 'reporting-chains-aqim-video'],
      author: 'editor',
      status: 'CHANGES_REQUESTED',
      reviewer: 'reviewer2',
      reviewNote:
        "Attribute this to LWJ in the statement itself ('LWJ says…'): Joscelyn gives no quotation, and neither account of the al-Assimi video we hold (Al-Monitor; Magharebia via Rantburg) has Zawahiri called 'sheikh' or 'emir'. Also establish that LWJ's 'another statement' is the al-Assimi video and not a different AQIM message, and add the video or a transcript if one can be found.",
      citations: [
        {
          source: 'lwj-2014-07-14',
          quote: `That reporting was based on a misreading of another statement issued by AQIM, in which the group praised the Islamic State’s advances in Iraq. But even in that statement, AQIM referred to Zawahiri as the organization’s “sheikh” and “emir.”`,
          locator: 'paragraph 19',
          attributedTo: 'Thomas Joscelyn (LWJ)',
        },
      ],
    },

    // ── the al-Qaeda / Islamic State split ──
    {
      key: 'isi-declared-2006',
      statement: 'The Islamic State of Iraq was declared on 15 October 2006 under Hamid al-Zawi (Abu Umar al-Baghdadi)',
      subject: 'abu-umar-al-baghdadi',
      relation: 'leads',
      object: 'islamic-state-of-iraq',
      polarity: 'AFFIRMS',
      claimedAt: '2016-08-30',
      validFrom: '2006-10-15',
      credibility: 2,
      credibilityNote:
        "Orton does not print the date: he puts the declaration 'three days' after the 12 October 2006 merger, i.e. 15 October. That the state was declared in mid-October 2006 under al-Zawi is well documented; some references give 13 October, so the exact day is probable rather than confirmed.",
      topics: ['isi-al-qaeda-branch-question'],
      author: 'editor2',
      status: 'APPROVED',
      reviewer: 'reviewer',
      citations: [
        {
          source: 'orton-2016-08-30',
          quote: `On 12 October 2006, three additional Islamist groups and six Anbari tribes (of thirty-one) took Hilf al-Mutayibeen (Oath of the Scented Ones), merging with MSM. Three days later the Islamic State of Iraq (ISI) was declared under the leadership of Hamid al-Zawi (Abu Umar al-Baghdadi)`,
          locator: "section 'After the Iraq Invasion', paragraph 5",
        },
      ],
    },
    {
      key: 'is-says-isi-never-al-qaeda-branch',
      claimant: 'islamic-state',
      statement: "IS says the Islamic State of Iraq was never al-Qaeda's branch",
      subject: 'islamic-state-of-iraq',
      relation: 'is-branch-of',
      object: 'al-qaeda',
      polarity: 'DENIES',
      claimedAt: '2014-05-11',
      validFrom: '2006-10-15',
      validTo: '2014-02-03',
      credibility: 4,
      credibilityNote:
        "The Islamic State's own telling, given in Orton's summary, with al-Adnani's 11 May 2014 reply as its sharpest form. Orton weighs it and finds the evidence points the other way, though ISI's practical independence is real.",
      topics: ['isi-al-qaeda-branch-question', 'is-al-qaeda-split'],
      author: 'editor',
      status: 'APPROVED',
      reviewer: 'reviewer2',
      citations: [
        {
          source: 'orton-2016-08-30',
          quote: `In the telling of IS(IS), the declaration of ISI meant they were now a state, unaffiliated to al-Qaeda, and they point to statements by Ayman al-Zawahiri, including one in December 2007 where al-Zawahiri said: “There isn’t anything today in Iraq named ‘al-Qaeda’,”`,
          locator: "section 'The Dispute', paragraph 1",
          attributedTo: 'The Islamic State (in Orton’s summary)',
        },
        {
          source: 'orton-2016-08-30',
          quote: `May 11, 2014: Responding to al-Zawahiri’s statement, al-Adnani claimed that al-Qaeda’s leader “strove hard to prove” something that he “did not prove nor shall he ever prove,” namely that ISIS had been al-Qaeda’s Iraqi branch.`,
          locator: "postscript, entry 'May 11, 2014'",
          attributedTo: 'Abu Muhammad al-Adnani, ISIS spokesman (as reported by Orton)',
        },
      ],
    },
    {
      key: 'al-qaeda-says-isi-was-its-branch',
      claimant: 'al-qaeda',
      statement: 'Al-Qaeda says the Islamic State of Iraq remained its Iraqi branch, bound by allegiance, until February 2014',
      subject: 'islamic-state-of-iraq',
      relation: 'is-branch-of',
      object: 'al-qaeda',
      polarity: 'AFFIRMS',
      claimedAt: '2014-05-03',
      validFrom: '2006-10-15',
      validTo: '2014-02-03',
      credibility: 2,
      credibilityNote:
        "Al-Qaeda's telling (al-Zawahiri's speech of 3 May 2014), an interested party's account. Orton finds it broadly borne out (ISI deferred to al-Qaeda on Iran; al-Badri accepted al-Qaeda's arbitration in 2013) but notes the evidence of a direct secret pledge is absent and the subordination was 'largely an abstraction'.",
      topics: ['isi-al-qaeda-branch-question', 'is-al-qaeda-split'],
      author: 'editor2',
      status: 'APPROVED',
      reviewer: 'reviewer',
      citations: [
        {
          source: 'orton-2016-08-30',
          quote: `Al-Qaeda, however, says that ISI was merely a group with the name “Islamic State” and both al-Zawi and his successor, Ibrahim al-Badri (Abu Bakr al-Baghdadi), remained al-Qalim (location leader) in Iraq for al-Qaeda, until al-Qaeda broke connections with IS on 3 February 2014.`,
          locator: "section 'The Dispute', paragraph 1",
          attributedTo: 'Al-Qaeda (in Orton’s summary)',
        },
        {
          source: 'orton-2016-08-30',
          quote: `Falaha’s statement came in response to a May 2014 speech by al-Zawahiri, where he claimed that al-Badawi had sent a letter to al-Qaeda “central” (AQC) after ISI was established giving his bayat, and that of al-Zawi, to Bin Ladin.`,
          locator: "section 'The Dispute', paragraph 3",
          attributedTo: 'Ayman al-Zawahiri, May 2014 speech (as reported by Orton)',
        },
        {
          source: 'orton-2016-08-30',
          quote: `ISI’s subordination to AQC might have been largely an abstraction, but it does seem that this was the way all sides understood the relationship.`,
          locator: "section 'The Dispute', paragraph 9",
          attributedTo: 'Kyle Orton (assessment)',
        },
      ],
    },
    {
      key: 'adnani-concedes-isi-followed-al-qaeda-directives',
      claimant: 'abu-muhammad-al-adnani',
      statement: "IS spokesman al-Adnani conceded that ISI kept following al-Qaeda's directives, notably not to attack Iran",
      claimedAt: '2014-05-11',
      credibility: 2,
      credibilityNote:
        "An admission against interest by the Islamic State's own spokesman, quoted by Orton. Orton dates it only as a reply to al-Zawahiri's May 2014 speech; the 11 May reply in his postscript is the likely occasion. Bin Laden's 2007 'Letter to Karim', reprimanding its recipient in ISI for a verbal attack on Iran, fits.",
      topics: ['isi-al-qaeda-branch-question'],
      author: 'editor2',
      status: 'IN_REVIEW',
      citations: [
        {
          source: 'orton-2016-08-30',
          quote: `it is also true, as Taha Falaha (Abu Muhammad al-Adnani) once put it, that ISI kept “abiding by the advices and directives of” al-Qaeda, specifically on not attacking Iran, where al-Qaeda maintains its key resource pipeline to this day.`,
          locator: "section 'The Dispute', paragraph 2",
          attributedTo: 'Abu Muhammad al-Adnani (Taha Falaha), IS spokesman, as quoted by Orton',
        },
        {
          source: 'orton-2016-08-30',
          quote: `“You know that Iran is our main artery for funds, personnel, and communication, as well as for the matter of hostages,” Bin Ladin wrote.`,
          locator: 'note [1]',
          attributedTo: "Osama bin Laden, 'Letter to Karim', 18 October 2007 (as quoted by Orton)",
        },
      ],
    },
    {
      key: 'baghdadi-claims-nusra-as-isi-front',
      claimant: 'abu-bakr-al-baghdadi',
      statement: "Al-Baghdadi says Jabhat al-Nusra was set up as ISI's Syrian front and merges the two as ISIS",
      subject: 'jabhat-al-nusra',
      relation: 'is-branch-of',
      object: 'islamic-state-of-iraq',
      polarity: 'AFFIRMS',
      claimedAt: '2013-04-08',
      credibility: 2,
      credibilityNote:
        "That al-Baghdadi said this on 8 April 2013 is well documented. That al-Nusra began as an ISI project is supported by Orton (ISI sent a seven-man team to create it in 2011); whether it was still subordinate in 2013 is exactly what al-Nusra and al-Qaeda dispute.",
      topics: ['is-al-qaeda-split'],
      author: 'editor',
      status: 'IN_REVIEW',
      citations: [
        {
          source: 'orton-2016-08-30',
          quote: `April 8, 2013: IS leader Abu Bakr al-Baghdadi releases a speech publicly admitting that Jabhat al-Nusra was set up as the Syrian front of the then-Islamic State of Iraq (ISI), and he now claims authority over it, merging ISI and al-Nusra into the Islamic State of Iraq and Syria (ISIS).`,
          locator: "postscript, entry 'April 8, 2013'",
          attributedTo: 'Abu Bakr al-Baghdadi (as reported by Orton)',
        },
        {
          source: 'orton-2016-08-30',
          quote: `Interestingly, al-Tubaysi was also among the seven-man team that IS dispatched into Syria to create Jabhat al-Nusra in 2011`,
          locator: "section 'Early Days', paragraph 2",
        },
      ],
    },
    {
      key: 'zawahiri-rules-nusra-al-qaeda-branch',
      claimant: 'ayman-al-zawahiri',
      statement: "Zawahiri rules that ISIS be dissolved and al-Nusra stand as al-Qaeda's own branch in Syria",
      subject: 'jabhat-al-nusra',
      relation: 'is-branch-of',
      object: 'al-qaeda',
      polarity: 'AFFIRMS',
      claimedAt: '2013-05-23',
      validFrom: '2013-05-23',
      credibility: 2,
      credibilityNote:
        "Al-Zawahiri's letter is dated 23 May 2013 and was made public on 9 June 2013 (Orton). Al-Nusra's leader had already pledged directly to al-Qaeda on 10 April; al-Baghdadi rejected the ruling on 14 June.",
      topics: ['is-al-qaeda-split'],
      author: 'editor2',
      status: 'IN_REVIEW',
      citations: [
        {
          source: 'orton-2016-08-30',
          quote: `June 9, 2013: The ruling of al-Qaeda’s leader, Ayman al-Zawahiri, is made public: the letter, dated 23 May 2013, says ISIS is to be dissolved, al-Baghdadi is to return his troops to Iraq where he will work as the Iraqi branch of al-Qaeda under the ISI name, and al-Nusra is to be a standalone branch of al-Qaeda in Syria.`,
          locator: "postscript, entry 'June 9, 2013'",
          attributedTo: "Ayman al-Zawahiri's ruling (as reported by Orton)",
        },
        {
          source: 'orton-2016-08-30',
          quote: `April 10, 2013: Al-Nusra’s leader, Abu Muhammad al-Jolani, responds to al-Baghdadi’s declaration of ISIS by rejecting the merger and swearing allegiance directly to al-Qaeda.`,
          locator: "postscript, entry 'April 10, 2013'",
          attributedTo: 'Abu Muhammad al-Jolani (as reported by Orton)',
        },
      ],
    },
    {
      key: 'al-qaeda-disowns-isis',
      claimant: 'al-qaeda',
      statement: 'Al-Qaeda disowned ISIS on 3 February 2014',
      subject: 'al-qaeda',
      relation: 'disowns',
      object: 'islamic-state',
      polarity: 'AFFIRMS',
      claimedAt: '2014-02-03',
      validFrom: '2014-02-03',
      credibility: 1,
      credibilityNote:
        "Orton gives the date twice; LWJ, writing in July 2014, places the disowning by al-Qaeda's general command in 'early February'. The statement itself is not in the corpus.",
      topics: ['is-al-qaeda-split'],
      author: 'editor',
      status: 'APPROVED',
      reviewer: 'reviewer',
      citations: [
        {
          source: 'orton-2016-08-30',
          quote: `February 3, 2014: After months of efforts to promote reconciliation by al-Qaeda failed to stem a rising tide of intra-jihadi conflict in Syria between al-Nusra and ISIS, al-Zawahiri formally expelled ISIS from al-Qaeda’s ranks.`,
          locator: "postscript, entry 'February 3, 2014'",
        },
        {
          source: 'lwj-2014-07-14',
          quote: `Those efforts failed, leading al Qaeda’s general command to disown the group now known as the Islamic State in early February.`,
          locator: 'paragraph 8',
        },
      ],
    },
    {
      key: 'is-declares-caliphate',
      claimant: 'islamic-state',
      statement: 'The Islamic State declared a caliphate in late June 2014, with Abu Bakr al-Baghdadi as caliph',
      subject: 'islamic-state',
      relation: 'declared',
      object: 'islamic-state-caliphate',
      polarity: 'AFFIRMS',
      claimedAt: '2014-06-29',
      validFrom: '2014-06-29',
      credibility: 1,
      credibilityNote:
        "Beyond doubt as an event. LWJ says only 'late June'; the day, 29 June 2014 (al-Adnani's announcement), is from outside the corpus.",
      topics: ['is-al-qaeda-split', 'aqim-isis-allegiance-2014'],
      author: 'editor2',
      status: 'APPROVED',
      reviewer: 'reviewer2',
      citations: [
        {
          source: 'lwj-2014-07-14',
          quote: `And in late June, after making advances in Iraq alongside allied organizations, the Islamic State declared itself a caliphate. This was a direct challenge to the authority of Ayman al Zawahiri and al Qaeda’s senior leadership.`,
          locator: 'paragraph 8',
        },
        {
          source: 'lwj-2014-07-14',
          quote: `Among the leaders mentioned in AQIM’s statement are Ayman al Zawahiri, the heads of the other al Qaeda branches, Taliban emir Mullah Omar, and Abu Bakr al Baghdadi (now called “Caliph Ibrahim” by his followers).`,
          locator: 'paragraph 16',
        },
      ],
    },
  ],

  links: [
    {
      claimA: 'aqim-backs-isis',
      claimB: 'aqim-reaffirms-allegiance-to-zawahiri',
      kind: 'CONTRADICTS',
      note:
        "Read as the organisation's position, 'AQIM backs ISIS' (Al-Monitor, and Magharebia via Rantburg, on a video of about 27 June) cannot stand beside AQIM's statement of mid-July reaffirming its pledge to Zawahiri and rejecting the Islamic State's caliphate. The spellings differ across the sources (al-Assimi / al-Asemi, Zawahri / al-Zawahiri / al Zawahiri) but the people are the same.",
      resolution: 'BOTH_PARTLY',
      resolutionNote:
        "Both partly hold: one AQIM figure, the central-region judge Abu Abdullah Othman al-Assimi, praised ISIS and offered it moral support in a video, while AQIM's leadership kept its pledge to Zawahiri and rejected the caliphate in its statement of 14–15 July. 'AQIM backs ISIS' overstates one figure's words as the group's position.",
      author: 'editor',
      status: 'APPROVED',
      reviewer: 'reviewer2',
    },
    {
      claimA: 'is-says-isi-never-al-qaeda-branch',
      claimB: 'al-qaeda-says-isi-was-its-branch',
      kind: 'CONTRADICTS',
      note:
        "Same subject, same exclusive relation (is-branch-of), opposite polarity, same period (October 2006 – February 2014): the Islamic State's telling against al-Qaeda's, both given in Orton's summary and both from interested parties.",
      resolution: 'B_HOLDS',
      resolutionNote:
        "On Orton's weighing, al-Qaeda's version holds on the formal question: ISI deferred to al-Qaeda on Iran (as al-Adnani himself admitted), al-Badri accepted al-Qaeda's arbitration in 2013, and 'it does seem that this was the way all sides understood the relationship'. The Islamic State is right that the subordination was largely an abstraction in practice, and no direct evidence of the secret pledge al-Zawahiri describes has surfaced.",
      author: 'editor2',
      status: 'APPROVED',
      reviewer: 'reviewer',
    },
    {
      claimA: 'site-confirms-aqim-statement',
      claimB: 'aqim-statement-unauthenticated',
      kind: 'SUPERSEDES',
      note:
        "LWJ's own update: on 15 July AQIM released the statement officially, which SITE reports and LWJ takes to confirm its authenticity. The 14 July caveat about unauthenticated Twitter feeds was right when written and is kept for the record.",
      resolution: 'A_HOLDS',
      resolutionNote: "The later claim holds: the statement's authenticity is no longer in doubt, on SITE's word (a single source).",
      author: 'editor2',
      status: 'APPROVED',
      reviewer: 'reviewer2',
    },
    {
      claimA: 'asemi-tells-isis-aqim-will-not-let-them-down',
      claimB: 'aqim-backs-isis',
      kind: 'SUPPORTS',
      note:
        "Rantburg's repost of Magharebia quotes al-Asemi telling ISIS that AQIM 'won't let them down', the passage Al-Monitor renders as 'we will not fail them'. Not independent: Rantburg reposts Magharebia, which credits El Khabar, and Al-Monitor names no origin but carries the same quotes on the day El Khabar reported. Both probably trace to one video and perhaps one Algerian press report. This corroborates what was said in the video, not that AQIM as an organisation backs ISIS.",
      resolution: 'UNRESOLVED',
      author: 'editor',
      status: 'APPROVED',
      reviewer: 'reviewer',
    },
    {
      claimA: 'aqim-pledges-allegiance-to-baghdadi',
      claimB: 'aqim-reaffirms-allegiance-to-zawahiri',
      kind: 'CONTRADICTS',
      note:
        'pledges-allegiance-to is exclusive: AQIM cannot hold a pledge to al-Baghdadi and one to Zawahiri in the same weeks.',
      resolution: 'B_HOLDS',
      resolutionNote:
        "B holds. AQIM's statement reaffirms the pledge to Zawahiri, and LWJ calls the reports of a bayat to the Islamic State a misreading of the earlier statement. Claim A has been retracted.",
      author: 'editor',
      status: 'APPROVED',
      reviewer: 'reviewer2',
    },
    {
      claimA: 'aqim-rejects-is-caliphate',
      claimB: 'aqim-backs-isis',
      kind: 'QUALIFIES',
      note:
        "Whatever support AQIM voiced for ISIS's campaign in late June stopped short of accepting its caliphate: in mid-July AQIM's statement rejects it for want of 'the expansion of consultation' and asks both ISIS and al-Nusra to end the infighting. The al-Assimi video appears to predate the 29 June declaration: al-Assimi told ISIS that the date for the caliphate was 'near' (Al-Monitor).",
      resolution: 'BOTH_PARTLY',
      resolutionNote:
        "Both stand, about different things: moral support for ISIS's fight (one figure, late June) and rejection of its caliphate (the leadership, mid-July).",
      author: 'editor2',
      status: 'APPROVED',
      reviewer: 'reviewer',
    },
    {
      claimA: 'baghdadi-claims-nusra-as-isi-front',
      claimB: 'zawahiri-rules-nusra-al-qaeda-branch',
      kind: 'CONTRADICTS',
      note:
        "is-branch-of is exclusive: al-Nusra cannot be both ISI's Syrian front under al-Baghdadi and al-Qaeda's own branch in Syria at once. Al-Baghdadi's claim of 8 April 2013 against al-Zawahiri's ruling of 23 May 2013 (published 9 June), which al-Baghdadi rejected on 14 June. For the reviewer: the two may hold for different periods, al-Nusra having begun as an ISI project in 2011 and pledged directly to al-Qaeda on 10 April 2013.",
      resolution: 'UNRESOLVED',
      author: 'editor',
      status: 'IN_REVIEW',
    },
    {
      claimA: 'aqim-video-moral-support-only',
      claimB: 'aqim-backs-isis',
      kind: 'QUALIFIES',
      note:
        "Both reports of the video say the support was moral only, with no men or arms: 'backs' should be read as words, not resources.",
      resolution: 'UNRESOLVED',
      author: 'editor2',
      status: 'DRAFT',
    },
  ],
};
