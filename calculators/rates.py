"""Every figure the calculators and the pages use, each with its source and date.

This is the one place a rate, a threshold or a country list is written down. Calculators take
their defaults from here, eligibility rules read their thresholds from here, and the site's
pages and tables quote these values instead of retyping them. Where sources disagree, `low` and
`high` give the reported range and every source is listed.

To update a figure: change `value`, add or replace the `Source` with its date, and bump
`REVIEWED`. The tests and the pages follow.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from .text import Text

REVIEWED = "2026-11-22"
"""When the figures below were last checked against their sources."""

D = Decimal


@dataclass(frozen=True)
class Source:
    """Who said it and when: `date` (ISO 8601, as precise as known) is when the source published
    the figure, or when it was checked if the source is undated (then `note` says so)."""

    name: str
    date: str
    note: str = ""


@dataclass(frozen=True)
class Rate:
    """A sourced figure. `value` is the default the site uses; `low`/`high` the reported spread."""

    value: Decimal | tuple[str, ...]
    unit: Text
    label: Text
    sources: tuple[Source, ...]
    low: Decimal | None = None
    high: Decimal | None = None
    note: Text | None = None

    @property
    def date(self) -> str:
        """The most recent date among the sources: how current this figure is."""
        return max(source.date for source in self.sources)

    @property
    def disputed(self) -> bool:
        return self.low is not None or len(self.sources) > 1


# Units used more than once.
USD = Text("USD", "USD")
PERCENT = Text("%", "%")
YEARS = Text("years", "ans")
FOLLOWERS = Text("followers", "followers")
VIEWS = Text("views", "vues")
DAYS = Text("days", "jours")
COUNTRIES = Text("countries", "pays")
FACTOR = Text("×", "×")
PER_THOUSAND_VIEWS = Text("USD per 1,000 views", "USD pour 1 000 vues")

# Sources used more than once.
TIKTOK_SUPPORT = Source("TikTok Support, program eligibility pages", "2026-11-22")
TIKTOK_NEWSROOM_FUND = Source("TikTok Newsroom, Creator Fund update", "2023-11-06")
MASHABLE = Source(
    "Mashable, Creator Fund payouts", "2026-11-22", "undated article, checked on this date; reported, not from TikTok"
)
HANK_GREEN = Source("Hank Green via Fast Company", "2023-11", "about 2.5 cents per 1,000 views, reported")
CREATOR_REPORTS_RPM = Source("Creator reports compiled by the site", "2026-11-22", "reported, not from TikTok")
ITECHPOST = Source("iTechPost, TikTok coins and diamonds", "2021", "reported, not from TikTok")
TIKTOK_COIN_STORE = Source("TikTok in-app and web coin store", "2026-11-22")
TIKTOK_LIVE_GIFTS = Source("TikTok Support, LIVE Gifts and rewards", "2026-11-22")
FRENCH_SEED = Source(
    "Comment se faire payer par TikTok (source article, French)", "2026-11-22", "undated article, checked on this date"
)
TIKTOK_SUBSCRIPTIONS = Source("TikTok Newsroom, Subscriptions updates", "2025-10-01")
TIKTOK_SERIES = Source("TikTok Newsroom, TikTok Series launch", "2023-03-07")
IMPULZE = Source("impulze.ai creator price estimator (published formula)", "2026-11-22")
ADD_ON_REPORTS = Source("Influencer pricing guides compiled by the site", "2026-11-22", "reported ranges")
SHOP_REPORTS = Source("TikTok Shop affiliate requirements, TikTok Shop Academy", "2026-11-22")
EDITORIAL = Source("Editorial rule of thumb of this site", "2026-11-22", "a starting point, not a measured figure")
EXAMPLE = Source("Illustrative example chosen by this site", "2026-11-22", "edit it to your own numbers")
FX = Source("Approximate reference exchange rate", "2026-11-22", "check your bank's rate; edit it")

CREATOR_REWARDS_COUNTRIES = ("US", "GB", "DE", "JP", "KR", "FR", "BR")
CREATOR_FUND_OPEN_COUNTRIES = ("IT", "ES")
CREATOR_FUND_CLOSED_COUNTRIES = ("US", "GB", "FR", "DE")
SHOP_COUNTRIES = (
    "US",
    "GB",
    "ID",
    "MY",
    "PH",
    "SG",
    "TH",
    "VN",
    "ES",
    "IE",
    "MX",
    "FR",
    "DE",
    "IT",
    "JP",
    "BR",
)

CONTENT1_FUND_LAUNCH = Source("TikTok Newsroom, Creator Fund launch and expansion", "2020-07")
CONTENT1_FUND_PRESS = Source("Press reports on the Creator Fund's size", "2026-11-22", "reported, not from TikTok")
CONTENT1_CREATIVITY = Source("TikTok Newsroom, Creativity Program Beta", "2023-05-03")
CONTENT1_LIVE_AGE = Source("TikTok Newsroom, LIVE minimum age raised", "2022-11-23")
CONTENT1_SUBSCRIPTIONS_LAUNCH = Source("TikTok Newsroom, LIVE Subscription launch", "2022-05")
CONTENT1_CAL67 = Source("cal67 LIVE gifts calculator", "2026-11-22", "a third-party calculator's assumption")
CONTENT1_CALCULATECREATOR = Source(
    "calculatecreator.com, methodology", "2026-11-22", "reported rates; the site claims 15-25% accuracy"
)
CONTENT1_ERC = Source("engagementratecalculator.net, sponsored post formula", "2026-11-22", "published formula")

CONTENT2_TIPS = Source(
    "TikTok Creator Next and Tips announcement, with press reports of the test",
    "2021-10",
    "a 2021 test in the US; availability has changed since",
)
CONTENT2_ADS_HELP = Source("TikTok Ads Manager help, Spark Ads authorization", "2026-11-22")
CONTENT2_HYPEAUDITOR = Source("HypeAuditor, TikTok engagement rate calculator", "2026-11-22", "published formula")
CONTENT2_BIO_LINK = Source(
    "Link-in-bio guides (link.boo, unil.ink)", "2026-11-22", "reported; TikTok does not publish this threshold"
)

RATES: dict[str, Rate] = {
    # Creator Rewards Program (formerly the Creativity Program).
    "creator_rewards.qualified_views": Rate(
        D(250_000),
        Text("qualified views", "vues qualifiées"),
        Text("Example qualified views in a month", "Vues qualifiées sur un mois (exemple)"),
        (EXAMPLE,),
    ),
    "creator_rewards.rpm_low": Rate(
        D("0.40"),
        PER_THOUSAND_VIEWS,
        Text("RPM, low end (per 1,000 qualified views)", "RPM bas (pour 1 000 vues qualifiées)"),
        (CREATOR_REPORTS_RPM,),
        low=D("0.01"),
        high=D("2.00"),
        note=Text(
            "Most reports fall between $0.40 and $1.00; some give $0.50 to $2.00, outliers $4 to $8.",
            "La plupart des témoignages donnent 0,40 à 1,00 $ ; d'autres 0,50 à 2,00 $, quelques cas 4 à 8 $.",
        ),
    ),
    "creator_rewards.rpm_high": Rate(
        D("1.00"),
        PER_THOUSAND_VIEWS,
        Text("RPM, high end (per 1,000 qualified views)", "RPM haut (pour 1 000 vues qualifiées)"),
        (CREATOR_REPORTS_RPM,),
        low=D("0.50"),
        high=D("2.00"),
    ),
    "creator_rewards.min_age": Rate(D(18), YEARS, Text("Minimum age", "Âge minimum"), (TIKTOK_SUPPORT,)),
    "creator_rewards.min_age_kr": Rate(
        D(19), YEARS, Text("Minimum age in South Korea", "Âge minimum en Corée du Sud"), (TIKTOK_SUPPORT,)
    ),
    "creator_rewards.min_followers": Rate(
        D(10_000), FOLLOWERS, Text("Minimum followers", "Followers minimum"), (TIKTOK_SUPPORT,)
    ),
    "creator_rewards.min_views_30d": Rate(
        D(100_000),
        VIEWS,
        Text("Minimum views in the last 30 days", "Vues minimum sur les 30 derniers jours"),
        (TIKTOK_SUPPORT,),
    ),
    "creator_rewards.countries": Rate(
        CREATOR_REWARDS_COUNTRIES,
        COUNTRIES,
        Text("Countries where the program runs", "Pays où le programme est ouvert"),
        (TIKTOK_SUPPORT,),
        note=Text("Some sources list more countries.", "Certaines sources citent d'autres pays."),
    ),
    "creator_rewards.min_video_seconds": Rate(
        D(60),
        Text("seconds", "secondes"),
        Text("Minimum video length", "Durée minimale d'une vidéo"),
        (TIKTOK_SUPPORT,),
    ),
    "creator_rewards.min_qualified_views_per_video": Rate(
        D(1_000),
        VIEWS,
        Text("Qualified views before a video earns", "Vues qualifiées avant qu'une vidéo rapporte"),
        (TIKTOK_SUPPORT,),
    ),
    "creator_rewards.qualified_view_seconds": Rate(
        D(5),
        Text("seconds", "secondes"),
        Text("Watch time for a qualified view", "Durée de visionnage d'une vue qualifiée"),
        (TIKTOK_SUPPORT,),
    ),
    # Creator Fund (legacy).
    "creator_fund.views": Rate(
        D(250_000), VIEWS, Text("Example views in a month", "Vues sur un mois (exemple)"), (EXAMPLE,)
    ),
    "creator_fund.rate_low": Rate(
        D("0.02"),
        PER_THOUSAND_VIEWS,
        Text("Creator Fund, low end", "Fonds pour les créateurs, bas de fourchette"),
        (MASHABLE, HANK_GREEN),
        low=D("0.02"),
        high=D("0.04"),
    ),
    "creator_fund.rate_high": Rate(
        D("0.04"),
        PER_THOUSAND_VIEWS,
        Text("Creator Fund, high end", "Fonds pour les créateurs, haut de fourchette"),
        (MASHABLE, HANK_GREEN),
        low=D("0.02"),
        high=D("0.04"),
    ),
    "creator_fund.open_countries": Rate(
        CREATOR_FUND_OPEN_COUNTRIES,
        COUNTRIES,
        Text("Countries where the fund stayed open", "Pays où le fonds reste ouvert"),
        (TIKTOK_NEWSROOM_FUND,),
    ),
    "creator_fund.closed_countries": Rate(
        CREATOR_FUND_CLOSED_COUNTRIES,
        COUNTRIES,
        Text("Countries where the fund closed on 2023-12-16", "Pays où le fonds a fermé le 16/12/2023"),
        (TIKTOK_NEWSROOM_FUND,),
    ),
    # LIVE and LIVE gifts.
    "live.min_age": Rate(
        D(18), YEARS, Text("Minimum age to go LIVE", "Âge minimum pour passer en LIVE"), (TIKTOK_SUPPORT,)
    ),
    "live.min_followers": Rate(
        D(1_000),
        FOLLOWERS,
        Text("Followers needed to go LIVE", "Followers nécessaires pour passer en LIVE"),
        (TIKTOK_SUPPORT,),
        note=Text("Varies by region.", "Varie selon la région."),
    ),
    "live_gifts.min_age": Rate(
        D(18),
        YEARS,
        Text("Minimum age to receive gifts", "Âge minimum pour recevoir des cadeaux"),
        (TIKTOK_LIVE_GIFTS,),
    ),
    "live_gifts.min_age_kr": Rate(
        D(19),
        YEARS,
        Text("Minimum age to receive gifts in South Korea", "Âge minimum pour recevoir des cadeaux en Corée du Sud"),
        (TIKTOK_LIVE_GIFTS,),
    ),
    "live_gifts.diamonds_per_coin": Rate(
        D("0.5"),
        Text("diamonds per coin", "Diamants par Pièce"),
        Text("Diamonds per coin gifted", "Diamants par Pièce offerte"),
        (ITECHPOST,),
        low=D("0.5"),
        high=D("1"),
        note=Text(
            "TikTok publishes no rate; some sources say one diamond per coin.",
            "TikTok ne publie aucun taux ; certaines sources parlent d'un Diamant par Pièce.",
        ),
    ),
    "live_gifts.usd_per_diamond": Rate(
        D("0.005"),
        Text("USD per diamond", "USD par Diamant"),
        Text("Cash value of one diamond", "Valeur d'un Diamant"),
        (ITECHPOST,),
    ),
    "live_gifts.coin_pack_price": Rate(
        D("0.99"),
        USD,
        Text("Price of the 70-coin pack in the app", "Prix du pack de 70 Pièces dans l'appli"),
        (TIKTOK_COIN_STORE,),
        low=D("0.74"),
        high=D("0.99"),
        note=Text("The same pack costs $0.74 on the web.", "Le même pack coûte 0,74 $ sur le web."),
    ),
    "live_gifts.coin_pack_coins": Rate(
        D(70),
        Text("coins", "Pièces"),
        Text("Coins in the smallest pack", "Pièces du plus petit pack"),
        (TIKTOK_COIN_STORE,),
    ),
    "live_gifts.goal": Rate(D(100), USD, Text("Example cash goal", "Objectif d'exemple"), (EXAMPLE,)),
    "live_gifts.coins": Rate(
        D(10_000), Text("coins", "Pièces"), Text("Example coins received", "Pièces reçues (exemple)"), (EXAMPLE,)
    ),
    # Getting paid.
    "payout.threshold": Rate(
        D(100),
        USD,
        Text("Minimum withdrawal", "Retrait minimum"),
        (FRENCH_SEED, CREATOR_REPORTS_RPM),
        low=D(10),
        high=D(100),
        note=Text("Other sources give $10 or $50.", "D'autres sources donnent 10 $ ou 50 $."),
    ),
    "payout.daily_cap": Rate(
        D(1_000), USD, Text("Maximum withdrawal per day", "Retrait maximum par jour"), (TIKTOK_LIVE_GIFTS,)
    ),
    "payout.review_days": Rate(
        D(15), DAYS, Text("Time to review a withdrawal", "Délai d'examen d'un retrait"), (TIKTOK_LIVE_GIFTS,)
    ),
    "payout.daily_earnings": Rate(D(5), USD, Text("Example daily earnings", "Gains quotidiens (exemple)"), (EXAMPLE,)),
    "payout.balance": Rate(D(0), USD, Text("Example balance", "Solde (exemple)"), (EXAMPLE,)),
    # Subscriptions.
    "subscriptions.price": Rate(
        D("4.99"),
        USD,
        Text("Monthly subscription price", "Prix mensuel de l'abonnement"),
        (TIKTOK_SUBSCRIPTIONS,),
        low=D("4.99"),
        high=D("24.99"),
    ),
    "subscriptions.creator_share": Rate(
        D(50),
        PERCENT,
        Text("Creator share outside the US and Canada", "Part du créateur hors États-Unis et Canada"),
        (TIKTOK_SUBSCRIPTIONS,),
    ),
    "subscriptions.creator_share_us_ca": Rate(
        D(70),
        PERCENT,
        Text(
            "Creator share in the US and Canada from 2025-10-01",
            "Part du créateur aux États-Unis et au Canada depuis le 01/10/2025",
        ),
        (TIKTOK_SUBSCRIPTIONS,),
    ),
    "subscriptions.bonus_share": Rate(
        D(0),
        PERCENT,
        Text("Bonus share", "Part bonus"),
        (TIKTOK_SUBSCRIPTIONS,),
        low=D(0),
        high=D(20),
        note=Text(
            "TikTok adds up to 20% for creators who reach its bonus goals; 0 assumes no bonus.",
            "TikTok ajoute jusqu'à 20 % aux créateurs qui atteignent ses objectifs bonus ; 0 suppose aucun bonus.",
        ),
    ),
    "subscriptions.bonus_share_max": Rate(
        D(20),
        PERCENT,
        Text("Largest bonus share", "Bonus maximum"),
        (TIKTOK_SUBSCRIPTIONS,),
    ),
    "subscriptions.min_age": Rate(D(18), YEARS, Text("Minimum age", "Âge minimum"), (TIKTOK_SUPPORT,)),
    "subscriptions.min_followers": Rate(
        D(10_000), FOLLOWERS, Text("Minimum followers", "Followers minimum"), (TIKTOK_SUPPORT,)
    ),
    "subscriptions.min_views_30d": Rate(
        D(100_000),
        VIEWS,
        Text("Minimum views in the last 30 days", "Vues minimum sur les 30 derniers jours"),
        (TIKTOK_SUPPORT,),
    ),
    "subscriptions.subscribers": Rate(
        D(100),
        Text("subscribers", "abonnés"),
        Text("Example paying subscribers", "Abonnés payants (exemple)"),
        (EXAMPLE,),
    ),
    # TikTok Series.
    "series.price": Rate(D("4.99"), USD, Text("Example Series price", "Prix d'une Série (exemple)"), (EXAMPLE,)),
    "series.price_min": Rate(D("0.99"), USD, Text("Lowest Series price", "Prix minimum d'une Série"), (TIKTOK_SERIES,)),
    "series.price_max": Rate(
        D("189.99"), USD, Text("Highest Series price", "Prix maximum d'une Série"), (TIKTOK_SERIES,)
    ),
    "series.creator_share": Rate(
        D(70),
        PERCENT,
        Text("Creator share after store fees", "Part du créateur après frais des stores"),
        (TIKTOK_SERIES,),
        note=Text(
            "Creators keep 100% after app-store and processing fees, about 70% of the price.",
            "Le créateur garde 100 % après frais des stores et de paiement, soit environ 70 % du prix.",
        ),
    ),
    "series.buyers": Rate(
        D(200), Text("buyers", "acheteurs"), Text("Example buyers", "Acheteurs (exemple)"), (EXAMPLE,)
    ),
    "series.min_age": Rate(D(18), YEARS, Text("Minimum age", "Âge minimum"), (TIKTOK_SERIES,)),
    "series.min_followers": Rate(
        D(10_000), FOLLOWERS, Text("Minimum followers", "Followers minimum"), (TIKTOK_SERIES,)
    ),
    "series.min_views_30d": Rate(
        D(1_000),
        VIEWS,
        Text("Minimum views in the last 30 days", "Vues minimum sur les 30 derniers jours"),
        (TIKTOK_SERIES,),
    ),
    "series.min_account_age_days": Rate(
        D(30), DAYS, Text("Minimum account age", "Ancienneté minimum du compte"), (TIKTOK_SERIES,)
    ),
    "series.min_posts_30d": Rate(
        D(3),
        Text("posts", "publications"),
        Text("Public posts in the last 30 days", "Publications publiques sur 30 jours"),
        (TIKTOK_SERIES,),
    ),
    "series.payout_threshold": Rate(
        D(50),
        USD,
        Text("Balance needed for a Series payout", "Solde minimum pour un versement Séries"),
        (TIKTOK_SERIES,),
    ),
    # Engagement rate bands (by views).
    "engagement.band_workable": Rate(
        D(2),
        PERCENT,
        Text("Engagement rate from which it is workable", "Taux d'engagement correct à partir de"),
        (EDITORIAL,),
    ),
    "engagement.band_healthy": Rate(
        D(4),
        PERCENT,
        Text("Engagement rate from which it is healthy", "Taux d'engagement sain à partir de"),
        (EDITORIAL,),
    ),
    "engagement.band_strong": Rate(
        D(8),
        PERCENT,
        Text("Engagement rate from which it is strong", "Taux d'engagement fort à partir de"),
        (EDITORIAL,),
    ),
    # Engagement rate: example counts for one video.
    "engagement.likes": Rate(D(4_000), Text("likes", "j'aime"), Text("Example likes", "J'aime (exemple)"), (EXAMPLE,)),
    "engagement.comments": Rate(
        D(200), Text("comments", "commentaires"), Text("Example comments", "Commentaires (exemple)"), (EXAMPLE,)
    ),
    "engagement.shares": Rate(
        D(150), Text("shares", "partages"), Text("Example shares", "Partages (exemple)"), (EXAMPLE,)
    ),
    "engagement.saves": Rate(
        D(0), Text("saves", "enregistrements"), Text("Example saves", "Enregistrements (exemple)"), (EXAMPLE,)
    ),
    "engagement.views": Rate(D(100_000), VIEWS, Text("Example views", "Vues (exemple)"), (EXAMPLE,)),
    "engagement.followers": Rate(D(50_000), FOLLOWERS, Text("Example followers", "Followers (exemple)"), (EXAMPLE,)),
    # Eligibility: an example creator.
    "eligibility.age": Rate(D(25), YEARS, Text("Example age", "Âge (exemple)"), (EXAMPLE,)),
    "eligibility.followers": Rate(D(12_000), FOLLOWERS, Text("Example followers", "Followers (exemple)"), (EXAMPLE,)),
    "eligibility.views_30d": Rate(
        D(150_000), VIEWS, Text("Example views in 30 days", "Vues sur 30 jours (exemple)"), (EXAMPLE,)
    ),
    "eligibility.account_age_days": Rate(
        D(365), DAYS, Text("Example account age", "Ancienneté du compte (exemple)"), (EXAMPLE,)
    ),
    "eligibility.posts_30d": Rate(
        D(10),
        Text("posts", "publications"),
        Text("Example public posts in 30 days", "Publications publiques sur 30 jours (exemple)"),
        (EXAMPLE,),
    ),
    # Brand deals.
    "brand_deal.followers": Rate(D(50_000), FOLLOWERS, Text("Example followers", "Followers (exemple)"), (EXAMPLE,)),
    "brand_deal.rate_per_thousand": Rate(
        D(10),
        Text("USD per 1,000 followers", "USD pour 1 000 followers"),
        Text("Base rate", "Tarif de base"),
        (IMPULZE,),
    ),
    "brand_deal.engagement_rate": Rate(
        D("2.5"), PERCENT, Text("Reference engagement rate", "Taux d'engagement de référence"), (IMPULZE,)
    ),
    "brand_deal.engagement_floor": Rate(
        D("0.6"), FACTOR, Text("Lowest engagement multiplier", "Multiplicateur d'engagement minimum"), (IMPULZE,)
    ),
    "brand_deal.engagement_ceiling": Rate(
        D("2.2"), FACTOR, Text("Highest engagement multiplier", "Multiplicateur d'engagement maximum"), (IMPULZE,)
    ),
    "brand_deal.spread": Rate(
        D(15), PERCENT, Text("Range either side of the price", "Fourchette autour du prix"), (IMPULZE,)
    ),
    "brand_deal.format_standard": Rate(D("1.0"), FACTOR, Text("Standard video", "Vidéo standard"), (IMPULZE,)),
    "brand_deal.format_long_form": Rate(D("1.3"), FACTOR, Text("Long-form video", "Vidéo longue"), (IMPULZE,)),
    "brand_deal.format_spark_ad": Rate(D("1.55"), FACTOR, Text("Spark Ad", "Spark Ad"), (IMPULZE,)),
    "brand_deal.format_campaign": Rate(D("2.4"), FACTOR, Text("Campaign", "Campagne"), (IMPULZE,)),
    "brand_deal.usage_rights": Rate(
        D(0),
        PERCENT,
        Text("Usage rights surcharge", "Supplément droits d'utilisation"),
        (ADD_ON_REPORTS,),
        low=D(50),
        high=D(200),
    ),
    "brand_deal.exclusivity": Rate(
        D(0),
        PERCENT,
        Text("Exclusivity surcharge", "Supplément exclusivité"),
        (ADD_ON_REPORTS,),
        low=D(20),
        high=D(50),
    ),
    "brand_deal.rush": Rate(
        D(0), PERCENT, Text("Rush surcharge", "Supplément urgence"), (ADD_ON_REPORTS,), low=D(25), high=D(50)
    ),
    "brand_deal.tier_nano": Rate(
        D(1_000), FOLLOWERS, Text("Nano tier from", "Palier nano à partir de"), (ADD_ON_REPORTS,)
    ),
    "brand_deal.tier_micro": Rate(
        D(10_000), FOLLOWERS, Text("Micro tier from", "Palier micro à partir de"), (ADD_ON_REPORTS,)
    ),
    "brand_deal.tier_mid": Rate(
        D(50_000), FOLLOWERS, Text("Mid tier from", "Palier intermédiaire à partir de"), (ADD_ON_REPORTS,)
    ),
    "brand_deal.tier_macro": Rate(
        D(500_000), FOLLOWERS, Text("Macro tier from", "Palier macro à partir de"), (ADD_ON_REPORTS,)
    ),
    "brand_deal.tier_mega": Rate(
        D(1_000_000), FOLLOWERS, Text("Mega tier from", "Palier méga à partir de"), (ADD_ON_REPORTS,)
    ),
    # Affiliate and TikTok Shop.
    "affiliate.views": Rate(D(100_000), VIEWS, Text("Example views", "Vues (exemple)"), (EXAMPLE,)),
    "affiliate.click_rate": Rate(
        D("1.0"),
        PERCENT,
        Text("Viewers who click the product", "Spectateurs qui cliquent sur le produit"),
        (EDITORIAL,),
    ),
    "affiliate.conversion_rate": Rate(
        D("2.0"), PERCENT, Text("Clicks that become orders", "Clics qui deviennent des commandes"), (EDITORIAL,)
    ),
    "affiliate.price": Rate(D(30), USD, Text("Example product price", "Prix du produit (exemple)"), (EXAMPLE,)),
    "affiliate.commission": Rate(
        D(15),
        PERCENT,
        Text("Commission rate", "Taux de commission"),
        (SHOP_REPORTS,),
        low=D(1),
        high=D(80),
        note=Text(
            "Sellers set it between 1% and 80%; 10% to 30% is the advised band.",
            "Le vendeur la fixe entre 1 % et 80 % ; 10 % à 30 % est la fourchette conseillée.",
        ),
    ),
    "shop_affiliate.min_age": Rate(D(18), YEARS, Text("Minimum age", "Âge minimum"), (SHOP_REPORTS,)),
    "shop_affiliate.countries": Rate(
        SHOP_COUNTRIES,
        COUNTRIES,
        Text("Countries where TikTok Shop runs", "Pays où TikTok Shop est ouvert"),
        (SHOP_REPORTS,),
        note=Text(
            "France, Germany and Italy opened on 2025-03-31.",
            "La France, l'Allemagne et l'Italie ont ouvert le 31/03/2025.",
        ),
    ),
    "shop_affiliate.min_followers_us": Rate(
        D(5_000),
        FOLLOWERS,
        Text("Followers needed for affiliate in the US", "Followers nécessaires pour l'affiliation aux États-Unis"),
        (SHOP_REPORTS,),
        low=D(1_000),
        high=D(5_000),
    ),
    "shop_affiliate.min_followers_fr": Rate(
        D(1_500),
        FOLLOWERS,
        Text("Followers needed for affiliate in France", "Followers nécessaires pour l'affiliation en France"),
        (SHOP_REPORTS,),
    ),
    "shop_affiliate.min_followers_default": Rate(
        D(5_000),
        FOLLOWERS,
        Text("Followers needed for affiliate elsewhere", "Followers nécessaires pour l'affiliation ailleurs"),
        (SHOP_REPORTS,),
        note=Text(
            "The US figure, used where no local figure is known.", "Le chiffre américain, faute de chiffre local."
        ),
    ),
    # Selling your own products.
    "own_products.units": Rate(
        D(100), Text("units", "unités"), Text("Example units sold", "Unités vendues (exemple)"), (EXAMPLE,)
    ),
    "own_products.price": Rate(D(25), USD, Text("Example price", "Prix (exemple)"), (EXAMPLE,)),
    "own_products.unit_cost": Rate(D(10), USD, Text("Example unit cost", "Coût unitaire (exemple)"), (EXAMPLE,)),
    "own_products.platform_fee": Rate(
        D(0),
        PERCENT,
        Text("Example platform fee on the price", "Frais de plateforme sur le prix (exemple)"),
        (EXAMPLE,),
    ),
    "own_products.fixed_costs": Rate(D(0), USD, Text("Example fixed costs", "Coûts fixes (exemple)"), (EXAMPLE,)),
    # Income mix.
    "income_mix.concentration": Rate(
        D(70),
        PERCENT,
        Text("Share of one stream that calls for diversifying", "Part d'une seule source qui invite à diversifier"),
        (EDITORIAL,),
    ),
    "income_mix.creator_rewards": Rate(
        D(150),
        USD,
        Text("Example monthly Creator Rewards earnings", "Gains du Programme de récompenses par mois (exemple)"),
        (EXAMPLE,),
    ),
    "income_mix.live_gifts": Rate(
        D(50), USD, Text("Example monthly LIVE gifts", "Cadeaux LIVE par mois (exemple)"), (EXAMPLE,)
    ),
    "income_mix.subscriptions": Rate(
        D(100),
        USD,
        Text("Example monthly Subscriptions income", "Revenus des abonnements par mois (exemple)"),
        (EXAMPLE,),
    ),
    "income_mix.series": Rate(
        D(0), USD, Text("Example monthly Series sales", "Ventes de Séries par mois (exemple)"), (EXAMPLE,)
    ),
    "income_mix.brand_deals": Rate(
        D(500), USD, Text("Example monthly brand deals", "Partenariats de marque par mois (exemple)"), (EXAMPLE,)
    ),
    "income_mix.affiliate": Rate(
        D(100),
        USD,
        Text("Example monthly affiliate commissions", "Commissions d'affiliation par mois (exemple)"),
        (EXAMPLE,),
    ),
    "income_mix.own_products": Rate(
        D(100),
        USD,
        Text("Example monthly sales of your own products", "Ventes de tes produits par mois (exemple)"),
        (EXAMPLE,),
    ),
    "income_mix.other": Rate(
        D(0), USD, Text("Example monthly other income", "Autres revenus par mois (exemple)"), (EXAMPLE,)
    ),
    # Other programs quoted on the pages.
    "tips.min_followers": Rate(
        D(100_000),
        FOLLOWERS,
        Text("Followers needed for Tips (2021 test)", "Followers nécessaires pour les Tips (test 2021)"),
        (TIKTOK_SUPPORT,),
    ),
    "tips.max_per_tip": Rate(D(100), USD, Text("Largest single tip", "Tip maximum"), (TIKTOK_SUPPORT,)),
    "tips.max_per_day": Rate(
        D(500), USD, Text("Tips per day, at most", "Tips par jour, au maximum"), (TIKTOK_SUPPORT,)
    ),
    "pulse.revenue_share": Rate(
        D(50),
        PERCENT,
        Text("TikTok Pulse ad-revenue share", "Part des revenus publicitaires TikTok Pulse"),
        (TIKTOK_SUPPORT,),
    ),
    "pulse.min_followers": Rate(
        D(100_000), FOLLOWERS, Text("Followers needed for Pulse", "Followers nécessaires pour Pulse"), (TIKTOK_SUPPORT,)
    ),
    "marketplace.min_followers": Rate(
        D(100_000),
        FOLLOWERS,
        Text("Followers needed for Creator Marketplace", "Followers nécessaires pour la Creator Marketplace"),
        (TIKTOK_SUPPORT,),
    ),
    "promote.min_daily_budget": Rate(
        D(3), USD, Text("Smallest Promote daily budget", "Budget Promote minimum par jour"), (TIKTOK_SUPPORT,)
    ),
    "promote.max_daily_budget": Rate(
        D(1_000), USD, Text("Largest Promote daily budget", "Budget Promote maximum par jour"), (TIKTOK_SUPPORT,)
    ),
    # Figures quoted on the method pages (content, part 1).
    "creator_rewards.creator_fund_multiple": Rate(
        D(20),
        FACTOR,
        Text(
            "Creativity Program pay compared with the Creator Fund, at most (TikTok's claim)",
            "Rémunération du Programme Créativité comparée au Fonds pour les créateurs, au plus (selon TikTok)",
        ),
        (CONTENT1_CREATIVITY,),
    ),
    "creator_rewards.rpm_outlier": Rate(
        D(4),
        PER_THOUSAND_VIEWS,
        Text("RPM in outlier reports", "RPM des témoignages extrêmes"),
        (CREATOR_REPORTS_RPM,),
        low=D(4),
        high=D(8),
    ),
    "creator_rewards.min_withdrawal": Rate(
        D(50),
        USD,
        Text("Minimum withdrawal of Creator Rewards earnings", "Retrait minimum des gains du Programme de récompenses"),
        (CREATOR_REPORTS_RPM,),
        low=D(10),
        high=D(50),
        note=Text(
            "Reports give $10 or $50; plan for the higher.", "Selon les sources 10 $ ou 50 $ ; prévois le plus haut."
        ),
    ),
    "creator_fund.launch_size": Rate(
        D(200),
        Text("million USD", "millions USD"),
        Text("Size of the fund at launch", "Montant du fonds au lancement"),
        (CONTENT1_FUND_LAUNCH,),
    ),
    "creator_fund.us_size": Rate(
        D(1),
        Text("billion USD", "milliards USD"),
        Text("Later size of the fund in the US", "Montant annoncé ensuite aux États-Unis"),
        (CONTENT1_FUND_LAUNCH,),
    ),
    "creator_fund.global_size": Rate(
        D(2),
        Text("billion USD", "milliards USD"),
        Text("Later size of the fund worldwide", "Montant annoncé ensuite dans le monde"),
        (CONTENT1_FUND_LAUNCH,),
    ),
    "creator_fund.reported_size": Rate(
        D(70),
        Text("million USD", "millions USD"),
        Text("Size of the fund according to another report", "Montant du fonds selon une autre source"),
        (CONTENT1_FUND_PRESS,),
    ),
    "creator_fund.rate_reported": Rate(
        D("0.025"),
        PER_THOUSAND_VIEWS,
        Text("Creator Fund rate reported by Hank Green", "Taux du Fonds rapporté par Hank Green"),
        (HANK_GREEN,),
    ),
    "live.min_age_before_2022": Rate(
        D(16),
        YEARS,
        Text("Minimum age to go LIVE before 2022-11-23", "Âge minimum pour passer en LIVE avant le 23/11/2022"),
        (CONTENT1_LIVE_AGE,),
    ),
    "live_gifts.coin_pack_100_coins": Rate(
        D(100),
        Text("coins", "Pièces"),
        Text("Coins in the 100-coin pack", "Pièces du pack de 100"),
        (TIKTOK_COIN_STORE,),
    ),
    "live_gifts.coin_pack_100_price": Rate(
        D("1.29"),
        USD,
        Text("Price of 100 coins", "Prix de 100 Pièces"),
        (TIKTOK_COIN_STORE,),
        low=D("1.29"),
        high=D("1.39"),
    ),
    "live_gifts.price_per_coin": Rate(
        D("0.0139"),
        Text("USD per coin", "USD par Pièce"),
        Text("What a viewer pays for one coin", "Prix d'une Pièce pour le spectateur"),
        (TIKTOK_COIN_STORE,),
        low=D("0.0105"),
        high=D("0.0139"),
    ),
    "live_gifts.usd_per_coin": Rate(
        D("0.0025"),
        Text("USD per coin", "USD par Pièce"),
        Text("What one gifted coin is worth to the creator", "Ce que rapporte au créateur une Pièce offerte"),
        (ITECHPOST,),
    ),
    "live_gifts.creator_share_reported": Rate(
        D(50),
        PERCENT,
        Text(
            "Creator share of gift spending assumed by a third-party calculator",
            "Part de la dépense en cadeaux supposée revenir au créateur par un calculateur tiers",
        ),
        (CONTENT1_CAL67,),
        low=D(30),
        high=D(50),
    ),
    "subscriptions.launch_min_followers": Rate(
        D(1_000),
        FOLLOWERS,
        Text("Followers needed at launch (2022)", "Followers nécessaires au lancement (2022)"),
        (CONTENT1_SUBSCRIPTIONS_LAUNCH,),
    ),
    "subscriptions.max_share": Rate(
        D(70),
        PERCENT,
        Text(
            "Largest creator share outside the US and Canada, bonus included",
            "Part maximale du créateur hors États-Unis et Canada, bonus compris",
        ),
        (TIKTOK_SUBSCRIPTIONS,),
    ),
    "subscriptions.max_share_us_ca": Rate(
        D(90),
        PERCENT,
        Text(
            "Largest creator share in the US and Canada, bonus included",
            "Part maximale du créateur aux États-Unis et au Canada, bonus compris",
        ),
        (TIKTOK_SUBSCRIPTIONS,),
    ),
    "series.max_videos": Rate(
        D(80),
        Text("videos", "vidéos"),
        Text("Videos in one Series, at most", "Vidéos par Série, au maximum"),
        (TIKTOK_SERIES,),
    ),
    "series.min_video_seconds": Rate(
        D(30),
        Text("seconds", "secondes"),
        Text("Shortest video in a Series", "Durée minimale d'une vidéo de Série"),
        (TIKTOK_SERIES,),
    ),
    "series.max_video_minutes": Rate(
        D(20),
        Text("minutes", "minutes"),
        Text("Longest video in a Series", "Durée maximale d'une vidéo de Série"),
        (TIKTOK_SERIES,),
    ),
    "series.share_after_fees": Rate(
        D(100),
        PERCENT,
        Text(
            "Share of the net kept by the creator (for a limited time)",
            "Part du net gardée par le créateur (pour un temps)",
        ),
        (TIKTOK_SERIES,),
    ),
    "marketplace.min_age": Rate(
        D(18),
        YEARS,
        Text("Minimum age for Creator Marketplace", "Âge minimum pour la Creator Marketplace"),
        (TIKTOK_SUPPORT,),
    ),
    "marketplace.min_posts_28d": Rate(
        D(3),
        Text("posts", "publications"),
        Text(
            "Posts needed in 28 days for Creator Marketplace",
            "Publications nécessaires sur 28 jours pour la Creator Marketplace",
        ),
        (TIKTOK_SUPPORT,),
    ),
    "marketplace.min_likes_28d": Rate(
        D(100_000),
        Text("likes", "j'aime"),
        Text(
            "Likes needed in 28 days for Creator Marketplace",
            "J'aime nécessaires sur 28 jours pour la Creator Marketplace",
        ),
        (TIKTOK_SUPPORT,),
    ),
    "brand_deal.per_follower_nano": Rate(
        D("0.05"),
        Text("USD per follower", "USD par follower"),
        Text("Price per follower, nano tier", "Prix par follower, palier nano"),
        (CONTENT1_CALCULATECREATOR,),
        low=D("0.05"),
        high=D("0.10"),
    ),
    "brand_deal.per_follower_mega": Rate(
        D("0.02"),
        Text("USD per follower", "USD par follower"),
        Text("Price per follower, mega tier", "Prix par follower, palier méga"),
        (CONTENT1_CALCULATECREATOR,),
        low=D("0.02"),
        high=D("0.03"),
    ),
    "brand_deal.estimate_error": Rate(
        D(25),
        PERCENT,
        Text("Error margin a price estimator claims", "Marge d'erreur annoncée par un estimateur de prix"),
        (CONTENT1_CALCULATECREATOR,),
        low=D(15),
        high=D(25),
    ),
    "brand_deal.reach_share": Rate(
        D(10),
        PERCENT,
        Text("Followers assumed to see a sponsored post", "Part des followers supposée voir un contenu sponsorisé"),
        (CONTENT1_ERC,),
    ),
    "brand_deal.cpm": Rate(
        D(8),
        Text("USD per 1,000 people reached", "USD pour 1 000 personnes touchées"),
        Text("Price per 1,000 people reached, by tier", "Prix pour 1 000 personnes touchées, selon le palier"),
        (CONTENT1_ERC,),
        low=D(8),
        high=D(20),
    ),
    # Figures quoted on the method pages (content, part 2).
    "affiliate.commission_advised_low": Rate(
        D(10),
        PERCENT,
        Text("Advised commission, low end", "Commission conseillée, bas de fourchette"),
        (SHOP_REPORTS,),
    ),
    "affiliate.commission_advised_high": Rate(
        D(30),
        PERCENT,
        Text("Advised commission, high end", "Commission conseillée, haut de fourchette"),
        (SHOP_REPORTS,),
    ),
    "bio_link.min_followers": Rate(
        D(1_000),
        FOLLOWERS,
        Text(
            "Followers a personal account needs for a clickable bio link",
            "Followers nécessaires à un compte personnel pour un lien cliquable dans la bio",
        ),
        (CONTENT2_BIO_LINK,),
        note=Text("Business accounts have no minimum.", "Les comptes professionnels n'ont pas de minimum."),
    ),
    "spark_ads.code_days_short": Rate(
        D(7),
        DAYS,
        Text("Spark Ads authorization, short option", "Autorisation Spark Ads, durée courte"),
        (CONTENT2_ADS_HELP,),
    ),
    "spark_ads.code_days_long": Rate(
        D(30),
        DAYS,
        Text("Spark Ads authorization, longer option", "Autorisation Spark Ads, durée plus longue"),
        (CONTENT2_ADS_HELP,),
    ),
    "promote.min_days": Rate(
        D(1), DAYS, Text("Shortest Promote campaign", "Campagne Promote la plus courte"), (TIKTOK_SUPPORT,)
    ),
    "promote.max_days": Rate(
        D(7), DAYS, Text("Longest Promote campaign", "Campagne Promote la plus longue"), (TIKTOK_SUPPORT,)
    ),
    "tips.min_age": Rate(D(18), YEARS, Text("Minimum age for Tips", "Âge minimum pour les Tips"), (CONTENT2_TIPS,)),
    "tips.countries": Rate(
        ("US",),
        COUNTRIES,
        Text("Countries in the 2021 Tips test", "Pays du test des Tips en 2021"),
        (CONTENT2_TIPS,),
    ),
    "tips.preset_low": Rate(D(5), USD, Text("Smallest preset tip", "Plus petit Tip proposé"), (CONTENT2_TIPS,)),
    "tips.preset_mid": Rate(D(10), USD, Text("Middle preset tip", "Tip proposé intermédiaire"), (CONTENT2_TIPS,)),
    "tips.preset_high": Rate(D(15), USD, Text("Largest preset tip", "Plus gros Tip proposé"), (CONTENT2_TIPS,)),
    "tips.creator_share": Rate(
        D(100),
        PERCENT,
        Text("Share of a tip the creator receives", "Part d'un Tip reçue par le créateur"),
        (CONTENT2_TIPS,),
        note=Text("Stripe's processing fees may apply.", "Les frais de paiement de Stripe peuvent s'appliquer."),
    ),
    "tips.max_tips_per_day": Rate(
        D(100),
        Text("tips", "Tips"),
        Text("Tips one viewer can send per day", "Tips qu'un spectateur peut envoyer par jour"),
        (CONTENT2_TIPS,),
    ),
    "engagement.recent_posts": Rate(
        D(30),
        Text("posts", "publications"),
        Text(
            "Recent posts averaged by one engagement calculator",
            "Publications récentes moyennées par un calculateur d'engagement",
        ),
        (CONTENT2_HYPEAUDITOR,),
    ),
    # Exchange rates for the optional EUR and GBP lines.
    "fx.eur_per_usd": Rate(
        D("0.86"), Text("EUR per USD", "EUR pour 1 USD"), Text("US dollar to euro", "Dollar américain en euro"), (FX,)
    ),
    "fx.gbp_per_usd": Rate(
        D("0.76"), Text("GBP per USD", "GBP pour 1 USD"), Text("US dollar to pound", "Dollar américain en livre"), (FX,)
    ),
}


def rate(key: str) -> Decimal:
    """The default value of a numeric figure."""
    value = RATES[key].value
    if not isinstance(value, Decimal):
        raise TypeError(f"{key} is a list, not a number")
    return value


def codes(key: str) -> tuple[str, ...]:
    """The value of a country-list figure."""
    value = RATES[key].value
    if isinstance(value, Decimal):
        raise TypeError(f"{key} is a number, not a list")
    return value
