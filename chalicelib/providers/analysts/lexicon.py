"""Word lists the heuristic analyst reads titles with: brands, product lines, retailers, and
words that describe an item rather than name its producer."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

# Well-known consumer brands. "*" marks names that are also everyday words ("Apple", "Coach");
# those count only at brand positions, never in the middle of a title ("Candy Apple Red").
_BRAND_TEXT = """
Apple*, Samsung, Sony, LG*, Panasonic, Philips, Sharp*, Toshiba, Hitachi, Bose, JBL, Sennheiser,
Beats*, Bang & Olufsen, Sonos, Marshall*, Dell, HP*, Lenovo, Asus, Acer, MSI, Microsoft, Google*,
Huawei, Xiaomi, OnePlus, Oppo, Nokia, Motorola, Nintendo, Canon*, Nikon, Fujifilm, Olympus,
Leica, Pentax, Hasselblad, GoPro, DJI, Garmin, Fitbit, Polar*, Suunto, Logitech, Razer, Corsair,
SteelSeries, Anker, Belkin, Bowers & Wilkins, Audio-Technica, Shure, AKG, Beyerdynamic, Denon,
Yamaha, Pioneer*, Technics, Kenwood, Dyson, Bosch, Siemens, Miele, Braun, De'Longhi, Nespresso,
KitchenAid, Smeg, Tefal, Le Creuset, Staub, Vitamix, Breville, Jura*, iRobot, Roborock, Makita,
DEWALT, Milwaukee*, Ryobi, Hilti, Festool, Black+Decker, Stanley*, Metabo, Einhell, Husqvarna,
Stihl, Kärcher, Weber*, Vorwerk, WMF, Zwilling, Wüsthof, Fiskars, Victorinox, Leatherman, Opinel,
Bialetti, Alessi, Iittala, Marimekko, Rosenthal, Villeroy & Boch, Georg Jensen, Royal Copenhagen,
Fender, Gibson, Epiphone, Squier, Ibanez, Roland, Korg, Moog, Gretsch, PRS, Rickenbacker,
Schecter, Martin Guitars, Taylor Guitars, Line 6, Vox*, Ludwig, Zildjian, Sabian, Steinway,
Casio, Akai, Native Instruments, Behringer, Focusrite, Rolex, Omega*, Seiko, Citizen*, Tissot,
TAG Heuer, Breitling, Cartier, Patek Philippe, Audemars Piguet, Swatch, Timex, Fossil*,
Longines, Tudor*, IWC, Panerai, Hublot, Bulova, Nike, Adidas, PUMA*, Reebok, New Balance, Asics,
Converse*, Vans*, Fila, Under Armour, Champion*, Lululemon, Patagonia, The North Face,
Columbia*, Arc'teryx, Salomon, Mammut, Jack Wolfskin, Helly Hansen, Canada Goose, Moncler,
Barbour, Levi's, Wrangler, Diesel*, G-Star Raw, Tommy Hilfiger, Calvin Klein, Ralph Lauren,
Lacoste, Hugo Boss, Gant*, Zara, H&M, Mango*, Uniqlo, Massimo Dutti, Banana Republic,
Abercrombie & Fitch, Hollister, American Eagle, Gucci, Prada, Louis Vuitton, Chanel, Dior,
Hermès, Saint Laurent, Balenciaga, Burberry, Versace, Fendi, Givenchy, Valentino*,
Bottega Veneta, Celine, Loewe, Miu Miu, Moschino, Dolce & Gabbana, Armani, Michael Kors,
Kate Spade, Coach*, Tory Burch, Marc Jacobs, Longchamp, Furla, Mulberry*, Dr. Martens,
Timberland, UGG, Birkenstock, Clarks, Crocs, Hoka, Skechers, Steve Madden, Ray-Ban, Oakley,
Carhartt, Dickies, Stüssy, Off-White, Stone Island, Fred Perry, Superdry, Acne Studios,
Maison Margiela, Comme des Garçons, Issey Miyake, Kenzo, Alexander McQueen, Vivienne Westwood,
Max Mara, Herschel, Fjällräven, Eastpak, Samsonite, Rimowa, Tumi, Osprey, Deuter, JanSport,
IKEA, Herman Miller, Steelcase, Vitra, Knoll, Fritz Hansen, Kartell, Cassina, Muuto, Flos,
Artemide, Louis Poulsen, Poltrona Frau, Ligne Roset, Roche Bobois, BoConcept, West Elm,
Pottery Barn, Crate & Barrel, Ethan Allen, La-Z-Boy, Thonet, USM Haller, Tom Dixon,
Normann Copenhagen, Gubi, Carl Hansen & Søn, Humanscale, Secretlab, Specialized*, Trek*,
Giant*, Cannondale, Canyon*, Cube*, Bianchi, Pinarello, Cervélo, Santa Cruz, Orbea, Brompton,
VanMoof, Shimano, SRAM, Campagnolo, Wahoo, Peloton, Technogym, Wilson*, Babolat, Yonex,
Callaway, TaylorMade, Titleist, Burton*, Rossignol, Atomic*, K2, Völkl, Black Diamond,
Petzl, La Sportiva, Scarpa, Thule, Yeti*, Hydro Flask, Coleman, MSR, Giro, POC, Shoei, Arai,
AGV, HJC, Schuberth, Alpinestars, Dainese, Rapha, Castelli, Assos, Vespa, Ducati,
Harley-Davidson, LEGO, Playmobil, Hasbro, Mattel, Fisher-Price, Bugaboo, Stokke, Cybex,
Maxi-Cosi, Moleskine, Montblanc, Lamy, Zippo, Tupperware, Hamilton Beach, Cuisinart, Ninja*,
Instant Pot, Keurig, Sage Appliances, Rowenta, Gaggia, Sunbeam, Remington, Oral-B,
Amazon Basics, Valve, Meta Quest, Oculus, Ring*, Nest*, Arlo, Eufy, Tile*,
Brother*, Epson, Ricoh, Xerox, Kodak, Polaroid, Instax, Sigma*, Tamron, Zeiss, Manfrotto,
Peak Design, Lowepro, Blackmagic, RED Digital Cinema, Sennheiser, Rode, Zoom*, Tascam,
Pelican*, Old Town, Perception*, Wilderness Systems, Hobie, Jackson Kayak, Mares, Cressi, Scubapro
"""

# Product lines that name their producer on their own.
_ALIAS_TEXT = """
MacBook=Apple, iPhone=Apple, iPad=Apple, iMac=Apple, AirPods=Apple, Apple Watch=Apple,
PlayStation=Sony, Walkman=Sony, Xperia=Sony, Cyber-shot=Sony, Handycam=Sony, ThinkPad=Lenovo,
IdeaPad=Lenovo, Xbox=Microsoft, Kindle=Amazon, Stratocaster=Fender, Telecaster=Fender,
Jazzmaster=Fender, Precision Bass=Fender, Les Paul=Gibson, Air Jordan=Nike, Air Max=Nike,
Air Force 1=Nike, Chuck Taylor=Converse, G-Shock=Casio, Lumix=Panasonic, Roomba=iRobot,
Game Boy=Nintendo, Birkin=Hermès, Aeron=Herman Miller, Wayfarer=Ray-Ban, Thermomix=Vorwerk,
Galaxy Tab=Samsung, Galaxy Note=Samsung
"""

# Shops, marketplaces, print-on-demand platforms and sites that sell or show other producers'
# goods; their names are never a producer and their pages never a producer page.
_RETAILER_TEXT = """
amazon, ebay, walmart, target, bestbuy, aliexpress, alibaba, temu, joom, wish, shein, etsy,
zalando, asos, farfetch, ssense, mytheresa, yoox, netaporter, nordstrom, macys, kohls, jcpenney,
homedepot, lowes, wayfair, overstock, bedbathandbeyond, argos, currys, otto, mediamarkt, saturn,
fnac, darty, cdiscount, bol, coolblue, allegro, rakuten, flipkart, myntra, indiamart, shopee,
lazada, tokopedia, jd, taobao, tmall, dhgate, banggood, fruugo, redbubble, threadless,
spreadshirt, teepublic, zazzle, society6, teefury, pinterest, reddit, instagram, facebook, youtube,
tiktok, twitter, linkedin, wikipedia, google, bing, quora, medium, tumblr, flickr, unsplash,
pexels, shutterstock, gettyimages, alamy, stockx, goat, kickscrew, vinted, poshmark, depop,
grailed, mercari, offerup, craigslist, gumtree, olx, kijiji, reverb, kaiyo, kleinanzeigen,
wallapop, subito, marktplaats, leboncoin, tutti, ricardo, vestiairecollective, therealreal,
thredup, backmarket, invaluable, catawiki, liveauctioneers, idealo, pricerunner, geizhals,
kelkoo, shopify, bigcommerce, wix, squarespace, costco, samsclub, ikeashop,
revzilla, sweetwater, thomann, guitarcenter, musiciansfriend, bhphotovideo, adorama, rei, decathlon
"""

# Words that describe an item rather than name its producer: a candidate may not start with one.
# The first are kinds of item (``ITEM_WORDS``), the rest how an item is described.
_ITEM_TEXT = """
shirt shirts tshirt tshirts tee tees top tops blouse dress dresses jacket jackets coat coats
hoodie sweater sweatshirt jumper cardigan jeans pants trousers shorts skirt suit vest polo shoes
shoe sneakers sneaker trainers sandals boots boot heels loafers slippers bag bags backpack
handbag purse wallet belt watch watches sunglasses glasses eyewear hat cap beanie scarf gloves
socks underwear swimsuit helmet helmets chair chairs table tables sofa couch armchair stool bench
desk lamp lamps light bed mattress cabinet shelf dresser rug cushion pillow covers cover mug cup
plate bowl vase laptop notebook computer phone smartphone tablet camera camcorder lens lenses
headphones earbuds speaker speakers guitar bass piano keyboard drum drums bike bicycle kayak
canoe boat board skateboard ski skis snowboard tent tool tools drill nailer saw toy toys game
games book books poster print prints art artwork sticker stickers jewelry jewellery ring
necklace bracelet earrings case charger cable
"""
# The same kinds of item in the languages of the large European and Latin American marketplaces
# (Spanish, Portuguese, French, German, Italian), which name the kind before the brand
# ("Telefono Celular Kanji", "Termo Stanley", "Mantel redondo"). Words that are also names or
# common English words elsewhere ("auto", "pull", "rock", "jersey") are left out.
_ITEM_TEXT_OTHER_LANGUAGES = """
camisa camiseta remera blusa vestido chaqueta campera abrigo sudadera buzo sueter pantalon
pantalones vaqueros falda zapato zapatos zapatillas botas sandalias bolso bolsa mochila cartera
billetera cinturon reloj gafas lentes sombrero gorra bufanda guantes calcetines casco silla mesa
sillon lampara cama colchon estante alfombra cojin almohada taza tazon plato jarron portatil
computadora telefono celular movil tableta camara auriculares altavoz parlante guitarra teclado
bicicleta juguete juego libro cuadro joyeria anillo collar pulsera aretes funda cargador termo
mantel olla sarten cuchillo tren
jaqueta casaco moletom calca saia sapato tenis bota relogio oculos chapeu bone cadeira luminaria
caneca telefone fone violao brinquedo livro colar brinco capa carregador
chemise robe veste manteau jupe chaussures baskets bottes sac portefeuille ceinture montre
lunettes chapeau casquette echarpe chaise canape lampe lit tapis coussin tasse assiette
ordinateur appareil casque enceinte guitare velo jouet jeu bijou bague collier coque chargeur
hemd kleid jacke pullover schuhe stiefel tasche rucksack geldborse gurtel uhr brille mutze
schal stuhl tisch teppich kissen becher teller handy telefon kamera kopfhorer lautsprecher
gitarre fahrrad spielzeug spiel buch kette armband hulle ladegerat kabel
camicia maglietta vestito giacca cappotto felpa maglione pantaloni gonna scarpe stivali borsa
zaino portafoglio cintura orologio occhiali cappello sciarpa sedia tavolo divano lampada letto
tappeto cuscino tazza piatto cellulare fotocamera cuffie chitarra bicicletta giocattolo gioco
collana braccialetto anello custodia caricatore
"""
_DESCRIBING_TEXT = """
dining accent living room office kitchen garden
outdoor indoor home house furniture decor upholstered fabric cotton leather wool silk linen
denim velvet chenille polyester nylon wood wooden metal steel gold silver plastic glass ceramic
stone solid full face round square oval mens men womens women ladies kids kid boys girls baby
unisex adult male female homme femme herren damen hombre mujer uomo donna summer winter spring
autumn fall vintage retro classic modern new used old cool funny cute casual fashion style
styles fashionable premium luxury original official genuine authentic quality hot best sale sold
auction buy shop store online free shipping cheap deal deals set pack pair lot size sizes color
colour colors colours design designs graphic printed pattern anime cartoon cat cats dog dogs
animal floral flower flowers japanese japan chinese china american usa italian french german
english british swiss swedish danish norwegian korean indian mexican european asian african
woman man clothing clothes merch gift gifts review reviews photo photos image images picture
pin pins video videos sound
edition limited collection series model version type item items product products accessory
accessories parts replacement custom handmade essential active regular slim loose oversize
oversized large small big little long short sleeve sleeves neck pcs piece pieces
electric acoustic digital portable wireless smart automatic manual pneumatic mount body only
black white red blue green yellow pink purple orange grey gray brown beige cream navy
charcoal teal olive tan ivory khaki burgundy bordeaux maroon turquoise multicolor multicolour
"""

# Words that end a model phrase: colours, genders, sizes and condition words vary per listing.
_NOISE_TEXT = """
black white red blue green yellow pink purple orange grey gray brown beige cream navy charcoal
teal olive tan ivory khaki burgundy bordeaux maroon turquoise gold silver rot blau schwarz weiss
gelb grün grau rouge bleu noir blanc jaune vert gris negro blanco rojo azul nero bianco rosso
men mens women womens wmns ladies kids boys girls unisex herren damen homme femme male female
nino nina ninos ninas kinder enfant enfants bambino bambina
xs s m l xl xxl xxxl 2xl 3xl 4xl 5xl 6xl small medium large med size sizes gr taille talla größe us
uk eu
"""
# A listing's condition and the words of its sale: never part of a name, even written before
# one in every title ("Pre-owned Louis Vuitton ...").
_CONDITION_TEXT = """
used new nwt nwot bnwt bnib nib mib misb nrfb sealed unopened boxed mint like worn preowned pre
owned refurbished renewed authentic genuine defekt ovp ungeöffnet versiegelt
gebraucht neu neuf occasion usato vintage sale sold auction buy free shipping
"""

_STOP_TEXT = """
the a an and or of for with in on at to from by de la le les des du der die das und mit für el
los y con di il e per van het en met voor is are this that it its you we i what how why does do
after vs than up off no not only all any every your our im am owner seller dealer
my his her their me us they he she
para por sin del al las un una uno ou com sem da dos das ein eine et avec sans
two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred
"""
# (The counts written out close the list: like a number in digits, "Two US Marine planes" or
# "Four Super Hornets" counts what the title is about, never starts a maker's name.)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


ITEM_WORDS = _words(_ITEM_TEXT) | _words(_ITEM_TEXT_OTHER_LANGUAGES)
# Units a number is measured in ("256 GB", "13 inch", "350 ml", "18 V"): a number with one is a
# size or a quantity, never a model number. The analyst and the pricer read units alike.
MEASURE_UNITS = frozenset("""
gb tb mb ghz mhz hz mm cm m ft in inch inches kg g lb lbs oz qt gal ml l w v mah mp k pcs pc
pack ct x gauge hours h core cores
""".split())
GENERIC_WORDS = ITEM_WORDS | _words(_DESCRIBING_TEXT)
CONDITION_WORDS = _words(_CONDITION_TEXT)
NOISE_WORDS = _words(_NOISE_TEXT) | CONDITION_WORDS
STOP_WORDS = _words(_STOP_TEXT)
RETAILERS = frozenset(name.strip() for name in _RETAILER_TEXT.split(",") if name.strip())

@dataclass(frozen=True)
class Brand:
    """A lexicon entry: display name, slug, and whether the name is also an everyday word."""

    name: str
    slug: str
    ambiguous: bool


def slug(text: str) -> str:
    """Lower-case ASCII letters and digits only ("Halvorsen & Co" -> "halvorsenco")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if ch.isalnum() and ch.isascii())


def _parse_brands(text: str) -> dict[str, Brand]:
    brands = {}
    for entry in (part.strip() for part in text.split(",")):
        if entry:
            name = entry.rstrip("*")
            brands[slug(name)] = Brand(name, slug(name), entry.endswith("*"))
    return brands


def _parse_aliases(text: str) -> dict[str, str]:
    pairs = (part.split("=") for part in text.split(",") if "=" in part)
    return {slug(line): brand.strip() for line, brand in pairs}


BRANDS: dict[str, Brand] = _parse_brands(_BRAND_TEXT)
ALIASES: dict[str, str] = _parse_aliases(_ALIAS_TEXT)
# Words that make a company's name ("Aurelin Audio", "Halvorsen & Co") or its domain
# ("ashleyfurniture") rather than describe an item.
COMPANY_WORDS = _words(
    "co company inc ltd llc gmbh ag sa bros brothers sons son group studio studios labs lab works "
    "workshop design designs industries manufacturing engineering supply goods outfitters "
    "luthiers instruments audio acoustics optics ceramics pottery furniture home living "
    "apparel clothing wear eyewear watches cycles bikes kayaks guitars electronics tools gear"
)
COMPANY_SUFFIXES = COMPANY_WORDS | _words(
    "usa us uk eu de andco official store shop online hq brand brands global world direct "
    "helmet helmets shoes outdoor outdoors sports intl collection"
)
COMPANY_PREFIXES = ("the", "shop", "get", "my")
