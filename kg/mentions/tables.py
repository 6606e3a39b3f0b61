"""Tables of words: head nouns and their types, list heads, stop words, country abbreviations.

Data, not code: a newcomer adds a head noun here, and a test that uses it.
"""

from __future__ import annotations

import re

PLACE_TYPES = {"Country", "Province", "City"}
# a city outside China and Korea is matched by its Chinese characters only from this size on
FOREIGN_CITY_BY_HANZI = 1_000_000
AGENT_TYPES = {"Firm", "GovernmentBody", "Organization", "MediaOutlet"}

# Korean head nouns -> type (longest match wins).
KO_SUFFIX_TYPES: dict[str, str] = {
    # parks and zones
    "산업단지": "Park", "공업단지": "Park", "과학기술단지": "Park", "산업원": "Park",
    "공업원": "Park", "산업구": "Park", "공업구": "Park", "개발구": "Park", "경제개발구": "Park",
    "산업개발구": "Park", "신구": "Park", "보세구": "Park", "보세항구": "Park", "시범구": "Park",
    "시험구": "Park", "자유무역구": "Park", "자유무역시험구": "Park", "경제특구": "Park",
    "특구": "Park", "산업타운": "Park", "타운": "Park", "연구개발기지": "Park", "생산기지": "Park",
    "기지": "Park", "산업단지구": "Park", "물류단지": "Park", "산업클러스터": "Park",
    "클러스터": "Park", "밸리": "Park", "테크노파크": "Park", "사이언스파크": "Park", "파크": "Park",
    "산업원구": "Park", "공업원구": "Park", "고신구": "Park", "첨단산업구": "Park", "단지": "Park",
    "경제구역": "Park", "시범지구": "Park", "개발지구": "Park", "국가산단": "Park",
    "국가산업단지": "Park", "일반산단": "Park", "산단": "Park", "일반산업단지": "Park", "농공단지": "Park",
    # firms
    "그룹": "Firm", "집단": "Firm", "회사": "Firm", "공사": "Firm", "유한공사": "Firm",
    "주식회사": "Firm", "자동차": "Firm", "기차": "Firm", "전자": "Firm", "화학": "Firm",
    "은행": "Firm", "증권": "Firm", "보험": "Firm", "버스": "Firm", "중공업": "Firm",
    "건설": "Firm", "물산": "Firm", "통신": "Firm", "제약": "Firm", "항공": "Firm",
    "해운": "Firm", "에너지": "Firm", "홀딩스": "Firm", "코퍼레이션": "Firm", "텔레콤": "Firm",
    "전기": "Firm", "철강": "Firm", "반도체": "Firm", "디스플레이": "Firm", "모터스": "Firm",
    "과학기술회사": "Firm", "기술회사": "Firm", "투자그룹": "Firm", "합작법인": "Firm",
    "SDI": "Firm", "케미칼": "Firm", "케미컬": "Firm", "제철": "Firm", "스틸": "Firm",
    "로직스": "Firm", "모비스": "Firm", "이노베이션": "Firm", "솔루션": "Firm",
    "모빌리티": "Firm", "인베스트먼트": "Firm", "캐피탈": "Firm", "생명": "Firm",
    "바이오": "Firm", "하이텍": "Firm", "테크놀로지": "Firm",
    # government
    "국무원": "GovernmentBody", "위원회": "GovernmentBody", "인민정부": "GovernmentBody",
    "총국": "GovernmentBody", "총서": "GovernmentBody", "판공청": "GovernmentBody",
    "관리국": "GovernmentBody", "감독관리위원회": "GovernmentBody", "사무국": "GovernmentBody",
    "상무청": "GovernmentBody", "상무국": "GovernmentBody", "의회": "GovernmentBody",
    "도의회": "GovernmentBody", "시의회": "GovernmentBody", "당위원회": "GovernmentBody",
    "시당위원회": "GovernmentBody", "성당위원회": "GovernmentBody", "총영사관": "GovernmentBody",
    "영사관": "GovernmentBody", "대사관": "GovernmentBody", "입법회의": "GovernmentBody",
    "개발청": "GovernmentBody", "관리위원회": "GovernmentBody", "판공실": "GovernmentBody",
    "발전개혁위원회": "GovernmentBody", "인민대표대회": "GovernmentBody", "정협": "GovernmentBody",
    "경제무역청": "GovernmentBody", "투자촉진국": "GovernmentBody", "외사판공실": "GovernmentBody",
    "협의회": "Organization",
    # organisations
    "협회": "Organization", "연구원": "Organization", "연구소": "Organization",
    "포럼": "Organization", "상회": "Organization", "연합회": "Organization",
    "대학": "Organization", "대학교": "Organization", "기구": "Organization",
    "재단": "Organization", "진흥공단": "Organization", "진흥원": "Organization", "진흥회": "Organization", "학회": "Organization", "협동조합": "Organization", "상공회의소": "Organization",
    # media
    "일보": "MediaOutlet", "신문": "MediaOutlet", "통신사": "MediaOutlet", "경제망": "MediaOutlet",
    "뉴스": "MediaOutlet", "타임스": "MediaOutlet", "저널": "MediaOutlet", "데일리": "MediaOutlet",
    # programmes
    "시범지역": "Project", "시범사업": "Project", "시범도시": "Project", "기금": "Project",
    "투자기금": "Project", "프로젝트": "Project", "프로그램": "Project", "시범도시군": "Project", "도시군": "Project", "신통로": "Project", "경제회랑": "Project",
    "경제벨트": "Project", "통로": "Project", "철도": "Project", "고속철도": "Project",
    "철로": "Project", "고속도로": "Project", "댐": "Project", "발전소": "Project", "대교": "Project",
    "송유관": "Project", "가스관": "Project", "파이프라인": "Project", "운하": "Project",
    "구간": "Project",
    # titles in quotes
    "전략": "Policy", "계획": "Policy", "규획": "Policy", "방안": "Policy", "강요": "Policy",
    "의견": "Policy", "규범": "Policy", "조건": "Policy", "조례": "Policy", "규정": "Policy",
    "이니셔티브": "Policy", "정책": "Policy", "협정": "Policy",
}
# Heads of what joins places: "중국-라오스 철도", "중국-파키스탄 경제회랑" (a project located in
# each place it joins; one key for either order of the places).
LINK_HEADS = ("철도", "철로", "고속철도", "고속철", "고속도로", "도로", "송유관", "가스관", "파이프라인",
              "경제회랑", "회랑", "대교", "항로", "노선", "운하", "통로", "구간")
# Heads that name a policy only inside quotes or 「」.
# a body's units, named between the body and a person or alone: "…지부", "…무역관", "중국법인"
BODY_UNITS = ("법인", "지사", "지부", "무역관", "사무소", "대표처", "본부", "센터", "연구소", "사업부")
# time words, no part of the name after them: "지난해 옌청경제개발구에"
TIME_WORDS = frozenset({"지난해", "올해", "작년", "내년", "금년", "최근", "현재", "당시", "이날", "오늘",
                        "지난달", "이달", "다음달", "향후", "이후", "이번", "당초", "최초", "연내", "연말",
                        "상반기", "하반기", "그간", "그동안"})
# the setting up a maker (이/가) did, a few words on: "…가 2010년 설립했다", "…가 세웠다"
SET_UP_AFTER = (r"(?:이|가)\s+(?:\S+\s+){0,3}?(?:공동\s*)?(?:(?:설립|출범|창립|창업)(?:했|하였|시켰)"
                r"|세웠)")
QUOTE_ONLY = {"전략", "계획", "규획", "방안", "강요", "의견", "규범", "조건", "조례", "규정",
              "이니셔티브", "정책", "협정", "단지", "통신", "전기", "화학", "반도체", "디스플레이",
              "에너지", "항공", "건설", "해운", "제약", "철강", "솔루션", "모빌리티", "생명",
              "바이오", "스틸", "캐피탈", "통로", "뉴스", "타임스", "저널", "데일리", "철도",
              "고속철도", "철로", "고속도로", "댐", "발전소", "대교", "송유관", "가스관", "파이프라인",
              "운하", "협의회", "구간", "프로그램"}
# Chinese suffixes of a glossed name -> type.
ZH_SUFFIX_TYPES: list[tuple[str, str]] = [
    ("委员会", "GovernmentBody"), ("国务院", "GovernmentBody"), ("人民政府", "GovernmentBody"),
    ("部", "GovernmentBody"), ("总局", "GovernmentBody"), ("署", "GovernmentBody"),
    ("集团", "Firm"), ("公司", "Firm"), ("汽车", "Firm"), ("银行", "Firm"), ("客车", "Firm"),
    ("股份", "Firm"), ("控股", "Firm"), ("电子", "Firm"), ("科技", "Firm"), ("钴业", "Firm"),
    ("实业", "Firm"), ("矿业", "Firm"), ("化工", "Firm"), ("钢铁", "Firm"), ("能源", "Firm"),
    ("材料", "Firm"), ("制药", "Firm"), ("药业", "Firm"), ("重工", "Firm"), ("物流", "Firm"),
    ("日报", "MediaOutlet"), ("网", "MediaOutlet"), ("报", "MediaOutlet"), ("社", "MediaOutlet"),
    ("开发区", "Park"), ("新区", "Park"), ("园区", "Park"), ("园", "Park"), ("产业城", "Park"),
    ("科技城", "Park"), ("保税区", "Park"), ("示范区", "Park"), ("试验区", "Park"), ("基地", "Park"),
    ("村", "Park"),
    ("试点区域", "Project"), ("基金", "Project"), ("工程", "Project"), ("项目", "Project"),
    ("意见", "Policy"), ("纲要", "Policy"), ("规划", "Policy"), ("条件", "Policy"),
    ("办法", "Policy"), ("规定", "Policy"), ("计划", "Policy"), ("战略", "Policy"),
    ("协会", "Organization"), ("大学", "Organization"), ("研究院", "Organization"),
    ("省", "Province"), ("市", "City"), ("县", "City"),
]
# List heads: the noun after ``등`` (or before a list as its topic) -> the items' type.
LIST_HEADS: dict[str, str] = {
    "서비스": "Sector", "분야": "Sector", "산업": "Sector", "부문": "Sector", "업종": "Sector", "다방면": "Sector",
    "영역": "Sector", "업계": "Sector", "사업": "Sector", "기술": "Sector", "산업군": "Sector",
    "지역": "Place", "도시": "City", "성": "Province", "국가": "Country", "나라": "Country",
    "기업": "Firm", "업체": "Firm", "회사": "Firm", "완성차": "Firm", "그룹": "Firm",
    "시범구": "Park", "개발구": "Park", "단지": "Park", "산업단지": "Park", "신구": "Park",
    "하이테크산업개발구": "Park", "국가자주혁신시범구": "Park", "언론": "MediaOutlet",
    "매체": "MediaOutlet", "부처": "GovernmentBody", "부서": "GovernmentBody",
}
# Words that end like a type but are common nouns.
STOP_STEMS = {
    "정부", "서부", "동부", "남부", "북부", "중부", "일부", "내부", "외부", "전부", "본부",
    "세부", "상부", "하부", "대부분", "간부", "공업원", "단지", "기지", "회사", "그룹", "전자",
    "화학", "전기", "자동차", "은행", "통신", "항공", "건설", "기금", "타운", "파크", "밸리",
    "클러스터", "산업단지", "공업단지", "개발구", "신구", "특구", "시범구", "합작법인",
    "합작회사", "합자회사", "합자기업", "합작기업", "현지법인",
    "시범지역", "계획", "전략", "정책", "방안", "의견", "프로젝트", "연구원", "기구", "협회",
    "기차", "버스", "에너지", "반도체", "완성차", "물류단지", "생산기지", "연구개발기지",
    "스마트단지", "발전단지", "국가급", "공장", "보세구", "이동통신사", "철도", "고속철도", "철로",
    "의회", "도의회", "시의회", "당위원회", "총영사관", "영사관", "대사관", "관리위원회", "판공실",
    "고속도로", "댐", "발전소", "대교", "송유관", "가스관", "파이프라인", "운하", "자회사", "계열사",
    "합작사", "모회사", "본사", "지사",
}
# A bare head noun that refers back to a named entity (``공업원`` = 중국-벨라루스 공업원).
ANAPHORS = {"공업원", "산업원", "산업단지", "공업단지", "개발구", "신구", "타운", "그룹", "회사",
            "공장", "보세구", "종합보세구", "시범지역", "의견", "기금", "단지", "은행",
            # the head of a title or a programme named before: "방안은", "이 프로젝트는"
            "계획", "규획", "전략", "통지", "프로젝트", "이니셔티브",
            "시범구", "시험구", "협력구", "특구", "산단", "클러스터"}
# bare heads that refer back to the park named before, whatever its own head ("산업원에는")
PARK_HEADS = {"산업원", "공업원", "산업단지", "공업단지", "산단", "개발구", "협력단지"}
# heads that refer back to the policy an article discusses, whatever its title ends with
# ("《…실시방안》을 발표했다. 이번 정책은 …")
POLICY_HEADS = {"정책", "방안", "조치", "지침"}
ANAPHORS |= POLICY_HEADS
# Single-syllable country abbreviations in compounds (한중, 중-말레이시아).
COUNTRY_ABBR = {"한": "KR", "중": "CN", "미": "US", "일": "JP", "러": "RU", "북": "KP",
                "독": "DE", "영": "GB", "불": "FR", "인": "IN", "호": "AU", "베": "VN", "몽": "MN",
                "대": "TW", "태": "TH", "캄": "KH"}
_COUNTRY_PAIR = re.compile(r"^([한중미일러])([한중미일러])(?:$|[가-힣])")


def country_pair(word: str) -> tuple[str, str] | None:
    """The two country abbreviations a word starts with (한중, 중한), if it does.

    >>> country_pair("한중기술산업타운"), country_pair("한국")
    (('한', '중'), None)
    """
    m = _COUNTRY_PAIR.match(word)
    return (m[1], m[2]) if m and m[1] != m[2] else None


# Korean word-final suffixes stripped before a gazetteer look-up.
GENERIC_TAILS = ("국가간", "국가", "지역", "정부", "당국", "측", "간", "국", "지방정부", "기업들", "기업",
                 "업체들", "업체")

# Nouns that may be coordinated Sector items: drop activities and abstract nouns.
NOT_SECTOR = {"사업", "협력", "추진", "계획", "발전", "육성", "운영", "지원", "확대", "강화",
              "개발", "건설", "투자", "실험", "전시", "체계", "목표", "기회", "수요", "현황",
              "분야", "산업", "부문", "등", "기업", "업체", "지역", "국가", "환경", "생활환경"}

# "합작법인인 베이징현대": a name after "<class noun>인" is of that class
_APPOSITIVE = re.compile(r"(합작법인|자회사|계열사|법인|기업|업체|회사|그룹|산업단지|개발구|단지)인$")
# a whitespace word, cut after a middle dot that joins two names ("강원도·춘천시", "LG화학·포스코"):


# posts held in firms: the body between a name and such a post is a firm
CORPORATE_POSTS = {"회장", "부회장", "사장", "부사장", "대표", "대표이사", "최고경영자", "CEO",
                   "총경리", "이사장", "전무", "상무", "법인장", "지사장", "창업자", "창업주", "동사장", "부동사장"}



# nouns used as modifiers before 산업 ("주요 산업", "첨단 산업"), not industries
_MODIFIERS = {"주요", "핵심", "전략", "신흥", "첨단", "기간", "관련", "해당", "전통", "중점", "전체",
              "기존", "해외", "국내", "글로벌", "미래", "지역", "국가", "중국", "한국", "각종", "일반",
              "신", "대표", "우수", "특색", "지주", "주력", "유망", "연관", "전방", "후방", "서비스"}


# particles Kiwi may leave glued to a name's stem ("상하이시가"), longest first
STEM_PARTICLES = ("에서는", "에서", "에는", "으로", "와의", "과의", "가", "이", "는", "은", "를", "을", "와",
                  "과", "의", "도", "에", "로")
