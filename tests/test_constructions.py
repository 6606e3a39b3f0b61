"""The constructions of real Korean news, each on sentences written for the test.

Every case builds one small article through the whole pipeline and asserts the entities
(type and a Korean name) and the relations (between entities named by a Korean label)
that the construction yields.
"""

from __future__ import annotations

import pytest

from kg import pipeline
from kg.records import Article


def _build(text: str | Article, date: str = "2021-03-04"):  # noqa: ANN202
    art = text if isinstance(text, Article) else Article("t", text, date=date)
    corpus = pipeline.process([art])
    ents = {k: e for k, e in corpus.entities.items() if e.mentioned}
    names = {(e.type, n) for e in ents.values() for n in e.labels.get("ko", ())}

    def label(key: str) -> set[str]:
        return set(corpus.entities[key].labels.get("ko", ()))

    rels = set()
    for r in corpus.relations:
        if r.origin != "text":
            continue
        for s in label(r.subject):
            for o in label(r.object):
                rels.add((s, r.predicate, o))
                if r.predicate == "cooperatesWith":
                    rels.add((o, r.predicate, s))
    return names, rels


CASES = [
    ("people-who-sign-for-their-bodies", "김철수 한빛전자 대표와 왕밍(王明) 난퉁시 시장은 이날 투자협약을 "
     "체결했다.", set(), {("김철수", "memberOf", "한빛전자"), ("한빛전자", "cooperatesWith", "난퉁")}),
    ("fields-listed-as-a-firms-main-line", "한빛전자의 주력 사업은 반도체와 디스플레이, 배터리다.", set(),
     {("한빛전자", "inSector", "반도체"), ("한빛전자", "inSector", "디스플레이"),
      ("한빛전자", "inSector", "배터리")}),
    ("a-unit-named-by-its-owner", "미래전지는 한빛전자의 중국 법인이다.", {("Firm", "미래전지")},
     {("미래전지", "partOf", "한빛전자")}),
    ("founders-of-a-joint-venture-in-an-adnominal-clause", "한빛전자와 다온에너지가 절반씩 출자한 합작법인 "
     "누리다온은 톈진에 있다.", {("Firm", "다온에너지"), ("Firm", "누리다온")},
     {("한빛전자", "establishes", "누리다온"), ("다온에너지", "establishes", "누리다온"),
      ("누리다온", "locatedIn", "톈진"), ("한빛전자", "cooperatesWith", "다온에너지")}),
    ("what-a-firm-set-up-is-a-firm-and-the-sentences-subject", "한빛전자와 다온에너지가 공동 출자해 설립한 "
     "누리다온은 톈진에 있다.", {("Firm", "누리다온")},
     {("한빛전자", "establishes", "누리다온"), ("누리다온", "locatedIn", "톈진")}),
    ("a-city-whose-name-is-a-common-noun-where-a-head-office-is", "선전에 본사를 둔 화웨이는 한국에 진출했다.",
     {("City", "선전")}, {("화웨이", "locatedIn", "선전")}),
    ("a-city-whose-name-is-a-common-noun-after-its-province", "광둥성은 광저우와 선전을 잇는다.",
     {("City", "선전")}, set()),
    ("the-word-for-located-in-is-no-part-of-a-name", "상하이 소재 한빛전자는 공장을 늘렸다.",
     {("Firm", "한빛전자")}, {("한빛전자", "locatedIn", "상하이")}),
    ("a-time-word-is-no-part-of-a-park-name", "한빛전자는 지난해 옌청경제개발구에 둥지를 틀었다.",
     {("Park", "옌청경제개발구")}, set()),
    ("the-head-of-a-branch-is-a-member-of-its-body", "한국무역협회 상하이지부 김철수 지부장과 KOTRA "
     "광저우무역관 박영희 무역관장이 참석했다.", {("Person", "김철수"), ("Person", "박영희")},
     {("김철수", "memberOf", "한국무역협회"), ("박영희", "memberOf", "대한무역투자진흥공사")}),
    ("a-unit-before-a-korean-name-is-no-part-of-it", "한빛전자 중국법인 김철수 법인장은 말했다.",
     {("Person", "김철수")}, {("김철수", "memberOf", "한빛전자")}),
    ("a-place-makes-a-park", "난퉁시는 한중산업단지를 조성했다. 중국 정부는 2013년 상하이자유무역시험구를 "
     "출범시켰다.", set(), {("난퉁", "establishes", "한중산업단지"), ("중국", "establishes", "상하이자유무역시험구")}),
    ("a-firm-as-topic-its-maker-after-it", "누리다온은 한빛전자가 2010년 설립했다.", {("Firm", "누리다온")},
     {("한빛전자", "establishes", "누리다온")}),
    ("investors-in-an-adnominal-clause", "한빛전자와 다온에너지가 공동 투자한 누리바이오는 톈진에 있다.",
     {("Firm", "누리바이오")}, {("한빛전자", "investsIn", "누리바이오"), ("다온에너지", "investsIn", "누리바이오"),
                              ("누리바이오", "locatedIn", "톈진")}),
    ("a-firm-paid-into-with-a-kind-of-investment", "한빛전자는 다온에너지에 지분 투자를 단행했다. 대성모터스는 "
     "누리바이오에 전략적 투자를 했다.", {("Firm", "누리바이오"), ("Firm", "다온에너지")},
     {("한빛전자", "investsIn", "다온에너지"), ("대성모터스", "investsIn", "누리바이오")}),
    ("the-largest-shareholder-invests", "한빛전자는 누리바이오의 최대주주다.", {("Firm", "누리바이오")},
     {("한빛전자", "investsIn", "누리바이오")}),
    ("a-stake-held-names-the-firm", "한빛전자는 누리바이오 지분 51%를 보유하고 있다.", {("Firm", "누리바이오")},
     {("한빛전자", "investsIn", "누리바이오")}),
    ("proper-nouns-listed-with-a-known-firm", "업계는 삼성전자와 노키아, 에릭슨에 이어 화웨이 장비를 검토한다.",
     {("Firm", "노키아"), ("Firm", "에릭슨")}, set()),
    ("body-and-post-in-parentheses-after-a-name", "김철수(한빛전자 대표)는 말했다. 왕밍(난퉁시 부시장)은 "
     "한국 기업을 환영했다.", {("Person", "김철수"), ("Person", "왕밍")},
     {("김철수", "memberOf", "한빛전자"), ("왕밍", "memberOf", "난퉁")}),
    ("a-chinese-surname-of-the-published-list", "레이쥔 샤오미 CEO는 말했다.", {("Person", "레이쥔")},
     {("레이쥔", "memberOf", "샤오미")}),
    ("a-founder-is-a-member-of-the-firm", "마윈 알리바바 창업자는 말했다. 한빛전자 창업주 김철수 회장은 웃었다.",
     {("Person", "마윈"), ("Person", "김철수")},
     {("마윈", "memberOf", "알리바바"), ("김철수", "memberOf", "한빛전자")}),
    ("body-and-post-before-a-name-with-ssi", "한빛전자 대표 김철수씨는 말했다. 산업부 차관 박영희 씨는 웃었다.",
     {("Person", "김철수"), ("Person", "박영희")},
     {("김철수", "memberOf", "한빛전자"), ("박영희", "memberOf", "산업통상자원부")}),
    ("building-together-is-cooperation", "한빛전자는 다온에너지와 함께 공장을 짓는다.", set(),
     {("한빛전자", "cooperatesWith", "다온에너지")}),
    ("the-side-of-a-party-is-the-party", "난퉁시는 한빛전자 측과 회담을 갖고 협력 방안을 논의했다.", set(),
     {("난퉁", "cooperatesWith", "한빛전자")}),
    ("where-the-head-office-is", "본사를 상하이에 둔 한빛전자는 성장했다. 다온에너지는 본사를 톈진으로 "
     "옮겼다. 한결전자(본사 난징)는 상장했다. 대성모터스의 본사는 충칭에 있다.", set(),
     {("한빛전자", "locatedIn", "상하이"), ("다온에너지", "locatedIn", "톈진"), ("한결전자", "locatedIn", "난징"),
      ("대성모터스", "locatedIn", "충칭")}),
    ("a-place-of-a-municipality-after-it", "한빛전자는 상하이시 푸둥에 자리잡고 있다.", set(),
     {("푸둥", "locatedIn", "상하이시"), ("한빛전자", "locatedIn", "푸둥")}),
    ("member-states-of-a-group", "베트남은 아세안 회원국이다. 태국과 라오스는 아세안의 회원국으로 성장했다.", set(),
     {("베트남", "partOf", "아세안"), ("태국", "partOf", "아세안"), ("라오스", "partOf", "아세안")}),
    ("every-party-of-a-list-joins", "한국과 중국은 RCEP에 가입했다.", set(),
     {("한국", "partOf", "역내포괄적경제동반자협정"), ("중국", "partOf", "역내포괄적경제동반자협정")}),
    ("a-place-belongs-to-a-region", "광둥성은 웨강아오 대만구에 속한다.", set(),
     {("광둥", "partOf", "웨강아오 대만구")}),
    ("a-firm-moving-into-a-park-is-there", "한빛전자는 옌청 경제기술개발구에 입주했다.", set(),
     {("한빛전자", "locatedIn", "옌청 경제기술개발구")}),
    ("a-plan-put-out-in-the-contracted-verb", "공업정보화부는 최근 '배터리 산업 발전 방안'을 내놨다.", set(),
     {("배터리 산업 발전 방안", "issuedBy", "공업정보화부")}),
    ("fields-the-two-parties-cooperate-in", "한빛전자는 다온에너지와 업무협약을 체결했다. 양사는 배터리와 소재 "
     "분야에서 협력하기로 했다.", set(),
     {("한빛전자", "inSector", "배터리"), ("다온에너지", "inSector", "배터리"), ("한빛전자", "inSector", "소재")}),
    ("a-quoted-programme", "양국은 '한중 청년창업 교류 프로그램'을 시작했다.",
     {("Project", "한중 청년창업 교류 프로그램")}, set()),
    ("a-dateline-after-the-story", "중국 경제가 성장했다. /베이징=한빛일보 김철수 특파원",
     {("MediaOutlet", "한빛일보")}, set()),
    ("promotion-agencies-are-organisations", "중소벤처기업진흥공단은 말했다. 정보통신산업진흥원은 웃었다.",
     {("Organization", "중소벤처기업진흥공단"), ("Organization", "정보통신산업진흥원")}, set()),
    ("a-post-of-the-firm-pointed-at", "제목\n\n한빛전자는 성장했다. 이 회사 김철수 대표는 말했다. 다온에너지는 "
     "줄었다. 이 회사의 박영희 사장은 웃었다.", set(),
     {("김철수", "memberOf", "한빛전자"), ("박영희", "memberOf", "다온에너지")}),
    ("what-a-maker-makes-in-an-adnominal-clause", "제목\n\n한빛전자가 생산하는 배터리는 전기차에 쓰인다.",
     {("Sector", "배터리")}, {("한빛전자", "inSector", "배터리")}),
    ("an-age-after-a-name-is-no-part-of-it", "한빛전자 김철수(56) 사장과 박영희(45·여) 다온에너지 대표가 만났다.",
     {("Person", "김철수"), ("Person", "박영희")},
     {("김철수", "memberOf", "한빛전자"), ("박영희", "memberOf", "다온에너지")}),
    ("a-tie-word-is-no-part-of-the-firm-name", "한빛그룹 산하 한빛물산과 한빛화학은 톈진에 진출했다.",
     {("Firm", "한빛물산")}, {("한빛물산", "partOf", "한빛그룹"), ("한빛화학", "partOf", "한빛그룹")}),
    ("affiliates-listed-after-their-group", "한빛그룹 계열사 한빛물산, 한빛화학 및 한빛소재가 참여했다.",
     set(), {("한빛물산", "partOf", "한빛그룹"), ("한빛화학", "partOf", "한빛그룹"),
             ("한빛소재", "partOf", "한빛그룹")}),
    ("founders-counted-after-their-list", "대성모터스, 누리바이오, 한빛전자 3사가 공동 출자해 합작사 "
     "다온에너지를 세웠다.", {("Firm", "다온에너지")},
     {("대성모터스", "establishes", "다온에너지"), ("누리바이오", "establishes", "다온에너지"),
      ("한빛전자", "establishes", "다온에너지")}),
    ("the-city-before-a-partner-is-where-it-is", "한빛물산은 톈진 대성모터스와 협력했다.",
     set(), {("한빛물산", "cooperatesWith", "대성모터스"), ("대성모터스", "locatedIn", "톈진")}),
    ("firms-listed-before-the-particle-of-an-investment", "한빛전자는 대성모터스, 누리바이오 등에 투자했다.",
     set(), {("한빛전자", "investsIn", "대성모터스"), ("한빛전자", "investsIn", "누리바이오")}),
    ("a-pair-of-firms-invested-in", "한빛전자는 대성모터스와 누리바이오에 각각 500억원을 투자한 바 있다.",
     set(), {("한빛전자", "investsIn", "대성모터스"), ("한빛전자", "investsIn", "누리바이오")}),
    # people: organisation, name and post in every order
    ("supplier-chosen-for-a-firm-named-bare", "한빛전자는 지난 9월 대성모터스 신형 전기차 프로젝트 1차 배터리 "
     "공급사로 선정됐다.", set(), {("한빛전자", "cooperatesWith", "대성모터스")}),
    ("a-counted-pair-park-programme-in-apposition", "중국 정부가 지정한 3개 한중산업협력단지인 산둥성 옌타이, "
     "장쑤성 옌청, 광둥성 후이저우 중 옌청이 가장 빠르다.",
     {("Project", "3개 한중산업협력단지")}, {("옌타이", "partOf", "3개 한중산업협력단지"),
                                         ("후이저우", "partOf", "3개 한중산업협력단지")}),
    ("a-field-paired-with-a-known-one-it-centres-on", "단지는 반도체 및 광전자소자 중심으로 개발된다.",
     {("Sector", "광전자소자")}, set()),
    ("fields-of-a-counted-set-of-industries", "시는 전자정보와 광전소자 등 3대 1000억 위안급 산업을 키운다.",
     {("Sector", "광전소자")}, set()),
    ("firms-listed-before-a-modified-head", "이 사업에는 다온테크, 한결바이오 등 혁신 중소기업 30개사가 참여한다.",
     {("Firm", "다온테크"), ("Firm", "한결바이오")}, set()),
    ("an-outlet-after-its-country-opens-a-sentence", "9월30일 중국 화샤시보에 따르면 광둥성은 로봇 산업을 "
     "키운다.", {("MediaOutlet", "화샤시보")}, set()),
    ("an-outlet-after-the-word-for-one", "중국 기술매체 콰이커지는 한국 IT매체 전자뉴스를 인용해 보도했다.",
     {("MediaOutlet", "콰이커지")}, set()),
    ("firms-a-firm-strikes-a-deal-with", "한빛전자는 누리켐, 다온과 전략적 제휴를 맺었다.",
     {("Firm", "누리켐"), ("Firm", "다온")},
     {("한빛전자", "cooperatesWith", "누리켐"), ("한빛전자", "cooperatesWith", "다온")}),
    ("a-place-glossed-in-brackets-listed-with-places", "산둥성은 칭다오[青岛], 옌타이[烟台], 라이양[莱阳]과 "
     "협력한다.", {("City", "라이양")}, set()),
    ("places-named-in-the-plural", "산둥성은 칭다오, 옌타이, 웨이하이, 르자오시들과 협력한다.",
     {("City", "르자오")}, set()),
    ("a-field-not-in-the-table-a-firm-ranks-in", "한빛전자는 중국 광학필름 1위 업체인 거린메이와 협력했다.",
     {("Sector", "광학필름")}, {("거린메이", "inSector", "광학필름")}),
    ("a-kind-of-field-named-by-an-acronym", "한빛전자는 LFP 배터리 공급사로 선정됐다.",
     {("Sector", "LFP 배터리")}, {("한빛전자", "inSector", "LFP 배터리")}),
    ("a-chinese-name-glossed-with-no-post", "이날 회의에는 옌청시 관계자 왕샤오밍(王小明)도 참석했다.",
     {("Person", "왕샤오밍")}, set()),
    ("foreign-name-of-two-words-short-first", "루훗 판자이탄 장관은 한국 기업의 투자를 환영했다.",
     {("Person", "루훗 판자이탄")}, set()),
    ("org-name-post", "산업통상자원부 김철민 차관은 회의에서 협력을 강조했다.",
     {("Person", "김철민"), ("GovernmentBody", "산업통상자원부")},
     {("김철민", "memberOf", "산업통상자원부")}),
    ("name-org-post", "박성호 SK이노베이션 부회장이 협약식에 참석했다.",
     {("Person", "박성호"), ("Firm", "SK이노베이션")},
     {("박성호", "memberOf", "SK이노베이션")}),
    ("name-org-unit-post", "이정훈 LG전자 베트남법인 사장은 생산을 늘리겠다고 밝혔다.",
     {("Person", "이정훈"), ("Firm", "LG전자")},
     {("이정훈", "memberOf", "LG전자")}),
    ("name-place-post", "오영수 부산시장은 20일 상하이를 방문했다.",
     {("Person", "오영수"), ("City", "부산")},
     {("오영수", "memberOf", "부산")}),
    ("place-paren-post-name", "김해시(시장 정우식)는 투자 유치에 나섰다.",
     {("Person", "정우식"), ("City", "김해시")},
     {("정우식", "memberOf", "김해시")}),
    ("chinese-name-governor", "장쑤성 정부의 왕웨이핑 부성장은 한국 기업을 환영했다.",
     {("Person", "왕웨이핑"), ("Province", "장쑤성")},
     {("왕웨이핑", "memberOf", "장쑤성")}),
    ("place-post-chinese-name", "장쑤성 옌청시 당서기 다이위안은 한국 기업을 만났다.",
     {("Person", "다이위안")}, {("다이위안", "memberOf", "옌청")}),
    ("ministry-of-a-country-name-post", "중국 상무부 왕서우원 부부장이 참석했다.",
     {("Person", "왕서우원")}, {("왕서우원", "memberOf", "상무부")}),
    ("name-post-leading-a-body", "김철수 대표가 이끄는 한빛전자는 크게 성장했다.",
     {("Person", "김철수")}, {("김철수", "memberOf", "한빛전자")}),
    ("name-kiwi-reads-as-a-noun-before-a-body-and-post", "허리펑 국가발전개혁위원회 주임은 개방을 강조했다.",
     {("Person", "허리펑")}, {("허리펑", "memberOf", "국가발전개혁위원회")}),
    ("unknown-firm-between-a-name-and-a-firms-post", "행사에는 박민호 가온물산 부회장, 최지훈 누리정밀 사장이 참석했다.",
     {("Person", "최지훈"), ("Firm", "누리정밀")}, {("최지훈", "memberOf", "누리정밀")}),
    ("post-and-name-after-a-colon-in-parentheses", "한일상회(대표: 박정민(朴正民))도 참여했다.",
     {("Person", "박정민")}, {("박정민", "memberOf", "한일상회")}),
    ("post-before-the-name", "제목\n\n한국무역협회 베이징지부 대표 정우성은 “수출이 늘었다”고 말했다.",
     {("Person", "정우성")}, {("정우성", "memberOf", "한국무역협회")}),
    ("surname-written-apart", "행사에서 리 웨이캉 알리바바 사업부장은 협력을 약속했다.",
     {("Person", "리 웨이캉")}, {("리 웨이캉", "memberOf", "알리바바")}),
    ("attribution-after-a-quote", '그는 "시장을 넓히겠다"(자오 샤오펑 샤오미 전략팀장)고 말했다.',
     {("Person", "자오 샤오펑")}, {("자오 샤오펑", "memberOf", "샤오미")}),
    ("surname-and-post-again", "류샤오둥 개발구 관리위원회 주임이 참석했다. 류 주임은 한국 기업을 환영했다.",
     {("Person", "류 주임"), ("Person", "류샤오둥")}, set()),
    ("unknown-firms-listed-with-firms", "삼성전자, LG전자, 하이센스, 창훙 등이 전시회에 참가했다.",
     {("Firm", "하이센스"), ("Firm", "창훙")}, set()),
    ("firms-closed-by-their-class", "알리바바·징둥닷컴·핀둬둬 등 전자상거래 업체가 성장했다.",
     {("Firm", "징둥닷컴"), ("Firm", "핀둬둬")},
     {("징둥닷컴", "inSector", "전자상거래"), ("알리바바", "inSector", "전자상거래")}),
    ("post-of-a-mission", "제목\n\n주칭다오(青岛) 한국총영사관이 행사를 열었다. 박진웅 주칭다오 총영사는 인사말을 했다.",
     {("Person", "박진웅")}, {("박진웅", "memberOf", "주칭다오 한국총영사관")}),
    ("mission-named-by-where-it-is", "주선양(沈阳) 한국총영사관과 주베트남 한국대사관이 행사를 후원했다.",
     {("GovernmentBody", "주선양 한국총영사관"), ("City", "선양"), ("Country", "베트남")},
     {("주선양 한국총영사관", "locatedIn", "선양"), ("주베트남 한국대사관", "locatedIn", "베트남")}),
    ("country-glued-to-its-premier", "훈센 캄보디아총리가 개막식에 참석했다.",
     {("Country", "캄보디아")}, set()),
    # the outlet that wrote the piece
    ("byline-known", "[매일경제 베이징=홍길동 특파원] 중국 정부가 새 정책을 내놨다.",
     {("MediaOutlet", "매일경제")}, set()),
    ("dateline-in-lenticular-brackets", "【베이징=신화사】 중국 정부가 새 정책을 내놨다.",
     {("MediaOutlet", "신화사")}, set()),
    ("bracketed-outlet-is-named-bare", "[서울경제] 중국 정부가 새 정책을 내놨다.",
     {("MediaOutlet", "서울경제")}, set()),
    ("outlet-in-angle-brackets", "중국 정부가 새 정책을 내놨다. <인민망 한국어판 5월 3일>",
     {("MediaOutlet", "인민망 한국어판")}, set()),
    ("dateline", "(상하이=연합뉴스) 김영수 특파원 = 상하이시가 규제를 풀었다.",
     {("MediaOutlet", "연합뉴스"), ("City", "상하이시")}, set()),
    ("dateline-with-reporter", "(광저우=한빛뉴스 이민호 특파원) 광저우시가 규제를 풀었다.",
     {("MediaOutlet", "한빛뉴스")}, set()),
    ("rights-line-unknown-outlet", "수출이 늘었다.\n저작권자 © 새누리경제신문 무단전재 및 재배포 금지",
     {("MediaOutlet", "새누리경제신문")}, set()),
    ("byline-unknown-outlet", "[한빛일보=이민수 기자] 옌타이시가 설명회를 열었다.",
     {("MediaOutlet", "한빛일보")}, set()),
    ("reporter-address", "수출이 늘었다.\n김민지 기자 minji@hankyung.com",
     {("MediaOutlet", "한국경제신문")}, set()),
    # firms with no type cue
    ("business-group-affiliates", "LG에너지솔루션과 현대모비스는 배터리 합작을 논의했다.",
     {("Firm", "LG에너지솔루션"), ("Firm", "현대모비스")},
     {("LG에너지솔루션", "cooperatesWith", "현대모비스")}),
    ("group-and-latin-unit", "LG CNS는 중국 시장에 진출했다.", {("Firm", "LG CNS")}, set()),
    ("affiliate-by-market", "LG화학 차이나는 난징에 공장이 있다.", {("Firm", "LG화학 차이나")}, set()),
    ("firm-after-class-noun", "샤오미는 국내 유통업체 한울유통과 총판 계약을 맺었다.",
     {("Firm", "한울유통"), ("Firm", "샤오미")},
     {("샤오미", "cooperatesWith", "한울유통")}),
    # lists of firms, their country and where they are
    ("listed-firms-country-place",
     "쑤저우시에는 삼성전자, 현대모비스, LG디스플레이 등 300여개의 한국기업이 진출해 있다.",
     {("Firm", "삼성전자"), ("Firm", "현대모비스"), ("City", "쑤저우시")},
     {("삼성전자", "locatedIn", "한국"), ("현대모비스", "locatedIn", "한국"),
      ("LG디스플레이", "locatedIn", "쑤저우시")}),
    # signers listed with · and 와/과, and the press's 中
    ("signing-groups", "강원도·춘천시, 포스코퓨처엠·中 닝보화룽과 투자 협약 체결",
     {("Province", "강원도"), ("City", "춘천시"), ("Firm", "포스코퓨처엠"), ("Country", "中")},
     {("강원도", "cooperatesWith", "포스코퓨처엠"), ("춘천시", "cooperatesWith", "포스코퓨처엠")}),
    ("sister-cities", "충북도가 중국 헤이룽장성과 손잡고 자매결연을 맺었다.",
     {("Province", "충청북도"), ("Province", "헤이룽장성")},
     {("충청북도", "cooperatesWith", "헤이룽장성")}),
    # sectors named in running prose
    ("sector-class-noun-firm", "이 사업은 중국 화학소재 업체 산산(杉杉)이 맡는다.",
     {("Sector", "화학소재")}, {("산산", "inSector", "화학소재")}),
    ("sector-object-of-making", "화유코발트(華友鈷業)는 2027년까지 니켈정제 및 전구체를 생산할 계획이다.",
     {("Sector", "전구체"), ("Sector", "니켈정제")},
     {("화유코발트", "inSector", "전구체")}),
    ("sector-bullets", "5대 신흥산업은 ▲반도체 ▲바이오 ▲이차전지로 정해졌다.",
     {("Sector", "반도체"), ("Sector", "바이오"), ("Sector", "이차전지")}, set()),
    ("sector-variants-merge", "2차전지 소재 분야와 이차전지 소재 분야", {("Sector", "이차전지 소재")},
     set()),
    # parts, makers, investors
    ("body-of-body", "국무원 상무부 왕밍 부부장이 방한했다.",
     {("GovernmentBody", "국무원"), ("GovernmentBody", "상무부"), ("Person", "왕밍")},
     {("상무부", "partOf", "국무원"), ("왕밍", "memberOf", "상무부")}),
    ("made-by-partners", "톈진삼성전자는 삼성전자와 톈진통신그룹이 공동 설립한 회사다.",
     {("Firm", "톈진삼성전자")},
     {("삼성전자", "establishes", "톈진삼성전자"), ("톈진통신그룹", "establishes", "톈진삼성전자")}),
    ("paid-for-by-partners",
     "LG디스플레이 차이나는 LG디스플레이와 광저우개발구가 각각 70:30의 비율로 투자한 합작사다.",
     {("Firm", "LG디스플레이 차이나")},
     {("LG디스플레이", "investsIn", "LG디스플레이 차이나"),
      ("광저우개발구", "investsIn", "LG디스플레이 차이나")}),
    # short names introduced by (이하 X)
    ("alias", "중한산업협력단지(이하 협력구)는 2015년 조성됐다. 협력구는 옌청시에 있다.",
     {("Park", "중한산업협력단지"), ("Park", "협력구")},
     {("중한산업협력단지", "locatedIn", "옌청시")}),
    # places
    ("korean-provinces-short", "경북도와 전남도는 공동 투자를 협의했다.",
     {("Province", "경상북도"), ("Province", "전라남도")}, set()),
    ("place-pairs", "두 나라의 자매도시는 부산-상하이, 인천-톈진, 평택-연태 등이다.",
     {("City", "부산"), ("City", "상하이"), ("City", "인천"), ("City", "톈진"), ("City", "연태")},
     {("부산", "cooperatesWith", "상하이"), ("인천", "cooperatesWith", "톈진")}),
    ("bracket-gloss", "광둥성의 둥관[东莞], 주하이[珠海]에 공장이 있다.",
     {("City", "둥관"), ("City", "주하이")}, set()),
    ("country-and-kind-of-firm", "이번 계약은 중국 배터리 업체 닝더스다이(寧德時代)와 중국의 사강(沙鋼)그룹이 맺었다.",
     {("Firm", "사강그룹")}, {("사강그룹", "locatedIn", "중국")}),
    ("province-full-form-gloss", "중국 광시장족자치구(广西壮族自治区) 난닝에서 박람회가 열렸다.",
     {("Province", "광시장족자치구"), ("City", "난닝")}, set()),
    ("bodies-of-places-apart", "광둥성 상무청과 후이저우시 상무국은 설명회를 열었다.",
     {("GovernmentBody", "광둥성 상무청"), ("GovernmentBody", "후이저우시 상무국")}, set()),
    ("post-abroad-is-no-name", "박정우 주칭다오 총영사는 기업을 돕겠다고 말했다.",
     {("Person", "박정우")}, set()),
    ("both-parties", "한국과 베트남은 정상회담을 열었다. 양국은 에너지 분야 협력 협정에 서명했다.",
     {("Country", "한국"), ("Country", "베트남")}, {("한국", "cooperatesWith", "베트남")}),
    ("members-of-organisation", "아세안 회원국인 베트남, 태국은 회의를 열었다.",
     {("Organization", "아세안"), ("Country", "베트남")},
     {("베트남", "partOf", "아세안"), ("태국", "partOf", "아세안")}),
    ("members-before-organisation", "인도네시아, 필리핀 등 아세안 국가가 참석했다.",
     {("Country", "필리핀")}, {("인도네시아", "partOf", "아세안"), ("필리핀", "partOf", "아세안")}),
    ("built-by-adnominal", "LG화학이 난징에 세운 난징배터리유한공사는 공장을 늘렸다.",
     {("Firm", "난징배터리유한공사")}, {("LG화학", "establishes", "난징배터리유한공사")}),
    ("invests-in-place", "화웨이는 한국에 5억 달러를 투자했다.",
     {("Firm", "화웨이"), ("Country", "한국")}, {("화웨이", "investsIn", "한국")}),
    ("gazetteer-names-of-several-words", "한중 FTA 발효 뒤 13차 5개년 계획이 시행됐다.",
     {("Policy", "한중 FTA"), ("Policy", "13차 5개년 계획")}, set()),
    ("copyright-with-year", "수출이 늘었다. © 2016 Newsis. All rights reserved.",
     {("MediaOutlet", "뉴시스")}, set()),
    ("copyright-in-english", "수출이 늘었다. Copyright © 한국경제 All rights reserved",
     {("MediaOutlet", "한국경제신문")}, set()),
    ("outlet-credited", "공장이 문을 열었다.\n기사제공 = 뉴스핌", {("MediaOutlet", "뉴스핌")}, set()),
    ("body-with-genitive-before-name", "씨트립의 량젠장 회장은 한국 관광을 강조했다.",
     {("Firm", "씨트립"), ("Person", "량젠장")}, {("량젠장", "memberOf", "씨트립")}),
    ("agreement-between-ministries", "중국 상무부와 한국 산업통상자원부는 협상을 재개하기로 합의했다.",
     {("GovernmentBody", "상무부"), ("GovernmentBody", "산업통상자원부")},
     {("상무부", "cooperatesWith", "산업통상자원부")}),
    ("quoted-partner", '인천시 관계자는 "칭다오시와 협력을 강화하겠다"고 말했다.',
     {("City", "칭다오시")}, set()),
    ("joins-a-programme", "베트남은 2017년부터 일대일로에 참여하고 있다.",
     {("Country", "베트남"), ("Policy", "일대일로")}, {("베트남", "partOf", "일대일로")}),
    ("name-with-ssi", "현지 공장에서 일하는 김민수 씨는 만족한다고 말했다. 왕웨이씨가 통역했다.",
     {("Person", "김민수"), ("Person", "왕웨이")}, set()),
    ("named-railway", "중국-라오스 철도는 2021년 개통했다.", {("Project", "중국-라오스 철도")}, set()),
    ("line-between-places", "중국-베트남 고속도로는 두 나라의 물류를 바꿀 것이다. "
     "베트남-중국 고속도로는 2027년 개통한다.",
     {("Project", "중국-베트남 고속도로"), ("Project", "베트남-중국 고속도로")},
     {("중국-베트남 고속도로", "locatedIn", "베트남"), ("중국-베트남 고속도로", "locatedIn", "중국"),
      ("베트남-중국 고속도로", "locatedIn", "중국")}),
    ("part-of-a-programme", "중국-캄보디아 고속도로는 일대일로의 일환으로 건설된 사업이다.",
     {("Project", "중국-캄보디아 고속도로")},
     {("중국-캄보디아 고속도로", "partOf", "일대일로")}),
    ("joint-investment-built", "중국-인도네시아 고속철도는 중국과 인도네시아의 합자로 건설된 노선이다.",
     set(), {("중국", "investsIn", "중국-인도네시아 고속철도"),
             ("인도네시아", "investsIn", "중국-인도네시아 고속철도")}),
    ("subject-pair-invests", "삼성SDI와 화유그룹은 합작법인을 세워 구미 하늘밸리 국가산단에 "
     "5000억 원을 투자한다.",
     {("Park", "하늘밸리 국가산단")},
     {("삼성SDI", "investsIn", "하늘밸리 국가산단"), ("화유그룹", "investsIn", "하늘밸리 국가산단"),
      ("하늘밸리 국가산단", "locatedIn", "구미")}),
    ("signers-of-two-countries", "칭다오시와 한국 인천광역시, 경기도는 협력 양해각서에 서명했다.",
     {("City", "인천광역시"), ("Province", "경기도")},
     {("칭다오시", "cooperatesWith", "인천광역시"), ("칭다오시", "cooperatesWith", "경기도")}),
    ("firm-after-class-noun-with-in", "샤오미는 국내 유통사인 코리아마트레이드와 총판 계약을 맺었다.",
     {("Firm", "코리아마트레이드")}, {("샤오미", "cooperatesWith", "코리아마트레이드")}),
    ("field-glossed-before-firm-class", "우한에는 샤오미, 레노버 등 중국 대형 IT(정보기술) 기업이 있다.",
     {("Sector", "IT")}, {("샤오미", "inSector", "IT"), ("레노버", "inSector", "IT")}),
    ("field-rank-firm-class", "삼성SDI는 세계 배터리 1위 기업인 CATL과 경쟁한다.",
     {("Sector", "배터리")}, {("CATL", "inSector", "배터리")}),
    ("industries-of-a-place", "옌타이시의 주력 산업은 자동차, 조선, 바이오 등이다.",
     set(), {("옌타이시", "inSector", "자동차"), ("옌타이시", "inSector", "바이오")}),
    ("list-of-place-pairs", "양국 도시들은 인천-톈진, 고흥-르자오, 부산-상하이, 완도-닝보 등 자매도시 관계를 맺었다.",
     {("City", "고흥"), ("City", "완도")},
     {("고흥", "cooperatesWith", "르자오"), ("완도", "cooperatesWith", "닝보")}),
    ("listed-firms-plural-head", "산업원에는 삼성전자, 한빛정밀, 신한은행 등 근 500개 한국 업체들이 입주해 있다.",
     {("Firm", "한빛정밀")}, {("한빛정밀", "locatedIn", "한국")}),
    ("place-nouns-park-head", "LG화학 차이나는 장쑤성 난징시 신소재산업 개발구에 위치한 공장을 늘린다.",
     {("Park", "난징시 신소재산업 개발구")},
     {("난징시 신소재산업 개발구", "locatedIn", "난징시")}),
    ("located-in-the-park-before-the-verb", "쑤저우시 전자정보산업 개발구에 위치한 삼성전자 쑤저우법인은 "
     "생산을 늘린다.", set(), {("삼성전자", "locatedIn", "쑤저우시 전자정보산업 개발구")}),
    ("name-and-ambiguous-post-heading-its-clause", "문재도 차관은 개막식에서 협력을 강조했다.",
     {("Person", "문재도")}, set()),
    ("city-engine-of-a-region", "광저우시는 웨강아오 대만구의 핵심 도시로 성장했다.",
     {("Project", "웨강아오 대만구")}, {("광저우시", "partOf", "웨강아오 대만구")}),
    ("programme-of-a-programme", "광시는 일대일로 해상실크로드의 관문 역할을 한다.",
     {("Policy", "해상실크로드")}, {("해상실크로드", "partOf", "일대일로")}),
    ("agreement-approved-not-its-project", "양국은 《중국-미얀마 철도 협력 양해각서》에 서명했다. "
     "미얀마 의회는 중국-미얀마 철도 협력양해각서 초안을 비준했다.",
     {("Policy", "중국-미얀마 철도 협력 양해각서")},
     {("중국-미얀마 철도 협력 양해각서", "designatedBy", "미얀마 의회")}),
    ("maker-in-relative-clause", "웨이하이시가 조성할 한중산업단지는 넓다.",
     set(), {("웨이하이시", "establishes", "한중산업단지")}),
    ("both-makers-before-a-bare-head", "한중(웨이하이)산업단지는 한중 양국이 공동으로 조성한 산업단지이다.",
     set(), {("한국", "establishes", "한중(웨이하이)산업단지"), ("중국", "establishes", "한중(웨이하이)산업단지")}),
    ("unit-of-a-group-in-a-country", "한국화웨이는 화웨이의 한국 법인이다. 리밍 한국화웨이 CEO가 말했다.",
     {("Firm", "한국화웨이"), ("Firm", "화웨이")},
     {("한국화웨이", "partOf", "화웨이"), ("한국화웨이", "locatedIn", "한국")}),
    ("name-org-numbered-post", "정부 대표로는 김철수 기획재정부 1차관이 참석했다.",
     {("Person", "김철수")}, {("김철수", "memberOf", "기획재정부")}),
    ("park-signs-with-a-body", "옌청 경제기술개발구는 한국무역협회와 협력 양해각서를 체결했다.",
     {("Park", "옌청 경제기술개발구")}, {("옌청 경제기술개발구", "cooperatesWith", "한국무역협회")}),
    ("project-named-by-what-it-builds", "양극재 생산공장 건설 프로젝트가 최근 구미 국가산단에서 착공됐다.",
     {("Project", "양극재 생산공장 건설 프로젝트")},
     {("양극재 생산공장 건설 프로젝트", "locatedIn", "구미 국가산단")}),
    ("firm-joins-a-venture", "LG화학은 중국 난징에서 추진 중인 양극재 생산공장 합작사업에 참여한다고 밝혔다.",
     {("Project", "양극재 생산공장 합작사업")}, {("LG화학", "investsIn", "양극재 생산공장 합작사업")}),
    ("park-of-several-words-again", "현대차는 새별밸리 국가산단에 공장을 짓는다. 기아는 새별밸리 국가산단에 "
     "1000억 원을 투자했다.",
     {("Park", "새별밸리 국가산단")}, {("기아", "investsIn", "새별밸리 국가산단")}),
    # relations a name states by itself
    ("firm-named-after-its-city", "우한에는 우한광통신그룹 등이 있다. 우한광통신그룹은 새 공장을 지었다.",
     {("Firm", "우한광통신그룹")}, {("우한광통신그룹", "locatedIn", "우한")}),
    ("field-in-a-policy-title", "공업정보화부는 《반도체 산업 고품질 발전 추진 방안》을 발표했다.",
     {("Policy", "반도체 산업 고품질 발전 추진 방안"), ("Sector", "반도체")},
     {("반도체 산업 고품질 발전 추진 방안", "inSector", "반도체")}),
    ("places-a-programme-is-made-of", "웨강아오 대만구는 홍콩, 마카오와 광저우, 선전 등 11개 도시로 구성된다.",
     {("Project", "웨강아오 대만구")},
     {("광저우", "partOf", "웨강아오 대만구"), ("선전", "partOf", "웨강아오 대만구")}),
    ("places-a-corridor-links", "중국-몽골 경제회랑 프로젝트는 베이징, 톈진, 후허하오터 등 5개 도시를 연결한다.",
     {("Project", "중국-몽골 경제회랑")},
     {("후허하오터", "partOf", "중국-몽골 경제회랑"), ("톈진", "partOf", "중국-몽골 경제회랑")}),
    ("places-a-relative-clause-links", "제목\n\n충칭·청두·쯔양 및 네이장을 연결하는 청위 쌍성경제권이 주목받고 있다.",
     {("Project", "청위 쌍성경제권")},
     {("충칭", "partOf", "청위 쌍성경제권"), ("네이장", "partOf", "청위 쌍성경제권")}),
    ("places-glossed-in-brackets-inside-a-list",
     "제목\n\n대만구는 광둥성의 주요 도시(광저우[廣州], 포산[佛山], 둥관[東莞])들과 홍콩 및 마카오를 연결하는 경제권이다.",
     {("City", "광저우"), ("City", "포산"), ("City", "둥관")},
     {("광저우", "partOf", "대만구"), ("둥관", "partOf", "대만구"), ("마카오", "partOf", "대만구")}),
    ("quoted-title-that-is-published", "상무부는 '대외무역 고품질 발전 실시세칙'을 발표했다.",
     {("Policy", "대외무역 고품질 발전 실시세칙")},
     {("대외무역 고품질 발전 실시세칙", "issuedBy", "상무부")}),
    ("listed-fields-with-their-modifiers", "제목\n\n계획은 차세대 정보기술(IT), 고급 수치제어 공작기계·로봇, 신소재 등 10대 중점 분야를 육성한다.",
     {("Sector", "차세대 정보기술"), ("Sector", "고급 수치제어 공작기계"), ("Sector", "로봇")}, set()),
    ("fields-of-the-clause-before-a-quoted-policy-and-its-owner",
     "제목\n\n정부가 향후 10년간 신에너지(新能源), 로봇, 신소재 등 분야를 집중 육성하는 중국의 '산업 고도화 로드맵'을 발표했다.",
     {("Policy", "산업 고도화 로드맵")},
     {("산업 고도화 로드맵", "inSector", "신에너지"), ("산업 고도화 로드맵", "inSector", "신소재")}),
    ("a-glossed-field-is-a-field", "제목\n\n중국에는 반도체(芯片), 인공지능을 육성하고 있는 《신흥산업 발전계획》이 있다.",
     {("Sector", "반도체")}, {("신흥산업 발전계획", "inSector", "반도체")}),
    ("firm-taking-a-stake", "알리바바는 쑤닝의 지분 20%를 인수했다.",
     {("Firm", "쑤닝")}, {("알리바바", "investsIn", "쑤닝")}),
    ("bodies-listed-as-what-is-set-up", "제목\n\n한일경제협회는 1990년 한일우호협회와 한일기업인연합회를 설립했다.",
     {("Organization", "한일우호협회")},
     {("한일경제협회", "establishes", "한일우호협회"), ("한일경제협회", "establishes", "한일기업인연합회")}),
    ("firm-the-partners-set-up-together", "제목\n\n동방신소재는 포스코와 화유코발트가 합작해 세운 회사다.",
     {("Firm", "동방신소재")},
     {("포스코", "establishes", "동방신소재"), ("화유코발트", "establishes", "동방신소재")}),
    ("a-countrys-dotted-firms", "제목\n\n이번 행사는 한국의 누리전자·가온화학을 비롯한 기업이 참여했다.",
     {("Firm", "가온화학")}, {("누리전자", "locatedIn", "한국"), ("가온화학", "locatedIn", "한국")}),
    ("a-firm-supplying-another", "제목\n\n삼성SDI는 현대자동차에 배터리를 공급한다.",
     {("Firm", "현대자동차")}, {("삼성SDI", "cooperatesWith", "현대자동차")}),
    ("the-hosts-of-one-event",
     "제목\n\n한국무역협회와 산업통상자원부가 주최하고 대한상공회의소가 주관하는 이번 박람회에는 기업이 참가했다.",
     {("Organization", "대한상공회의소")},
     {("한국무역협회", "cooperatesWith", "산업통상자원부"), ("대한상공회의소", "cooperatesWith", "한국무역협회")}),
    ("stake-sold-to-a-firm", "제목\n\n동양제지는 칭다오동양의 지분 100%를 중국 자회사 산둥신화에 매각하기로 했다.",
     {("Firm", "칭다오동양"), ("Firm", "산둥신화")}, {("산둥신화", "investsIn", "칭다오동양")}),
    ("firm-buying-a-firm", "삼성전자는 BOE를 인수했다.",
     {("Firm", "BOE")}, {("삼성전자", "investsIn", "BOE")}),
    ("firm-venture-partner", "포스코는 화유코발트와 합작해 새 법인을 설립했다.",
     {("Firm", "화유코발트")}, set()),
    ("fields-of-the-clause-before-a-title", "국무원은 반도체와 인공지능 산업을 지원하는 《신산업 육성 계획》을 발표했다.",
     {("Policy", "신산업 육성 계획")},
     {("신산업 육성 계획", "inSector", "반도체"), ("신산업 육성 계획", "inSector", "인공지능")}),
    ("this-policy-is-the-title-named-before", "상무부는 《외자 유치 촉진 실시방안》을 내놨다. 이번 정책은 "
     "바이오와 반도체 분야의 외자를 늘리도록 했다.",
     {("Sector", "바이오")}, {("외자 유치 촉진 실시방안", "inSector", "바이오")}),
    ("sister-city-named-as-such", "창원시의 우호도시인 중국 우시시 대표단이 창원을 방문했다.",
     {("City", "우시시")}, {("창원시", "cooperatesWith", "우시시")}),
    ("korean-city-of-the-code-list-signs-with-a-chinese-city", "시흥시는 중국 웨이하이시와 우호도시 협약을 체결했다.",
     {("City", "시흥시"), ("City", "웨이하이시")}, {("시흥시", "cooperatesWith", "웨이하이시")}),
    ("doing-something-together", "삼성전자는 바이두와 공동으로 인공지능 연구를 진행한다.",
     set(), {("삼성전자", "cooperatesWith", "바이두")}),
    ("hosting-together", "한국무역협회와 중국국제무역촉진위원회는 포럼을 공동 개최했다.",
     set(), {("한국무역협회", "cooperatesWith", "중국국제무역촉진위원회")}),
    ("fields-listed-after-a-policy", "국무원은 '중국제조 2025'를 발표했다. 10대 중점 분야는 차세대 IT, 로봇, "
     "항공우주, 해양장비 등이다.",
     {("Sector", "로봇")}, {("중국제조 2025", "inSector", "로봇"), ("중국제조 2025", "inSector", "항공우주")}),
    ("a-pair-inside-a-phrase", "상무부는 친저우산업원을 중국과 말레이시아 양국 협력 시범 프로젝트로 지정했다.",
     set(), {("중국", "cooperatesWith", "말레이시아")}),
    ("zone-named-by-its-city-glued", "쿤산경제기술개발구에는 대만 기업이 많다. 우시고신기술산업개발구도 크다.",
     {("Park", "쿤산경제기술개발구"), ("City", "쿤산"), ("Park", "우시고신기술산업개발구")},
     {("쿤산경제기술개발구", "locatedIn", "쿤산"), ("우시고신기술산업개발구", "locatedIn", "우시")}),
    ("fields-after-a-policy-past-a-background-one",
     "공업정보화부는 반도체, 바이오, 신에너지 등 10개 산업을 육성하는 '제조업 발전계획'을 발표했다. "
     "이는 국무원이 '중국제조 2025'를 발표한 지 6년 만이다. 중국 정부 부처인 공업정보화부는 로봇, "
     "인공지능, 정밀기기 등 5개 산업을 집중 육성하기로 했다.",
     set(), {("제조업 발전계획", "inSector", "로봇"), ("제조업 발전계획", "inSector", "정밀기기")}),
    ("firm-sets-up-a-new-firm", "포스코는 화유코발트와 합작해 화유포스코를 설립했다.",
     {("Firm", "화유포스코")},
     {("포스코", "establishes", "화유포스코"), ("화유코발트", "establishes", "화유포스코")}),
    ("set-up-in-the-past-tense", "LG화학은 2019년 난징에 LG화학난징법인을 세웠다.",
     set(), {("LG화학", "establishes", "LG화학난징법인"), ("LG화학난징법인", "locatedIn", "난징")}),
    ("a-title-that-starts-a-sentence", "국무원은 《신산업 육성 계획》을 발표했다. 《계획》은 바이오, 신에너지 분야를 "
     "중점 육성한다고 밝혔다.",
     {("Sector", "바이오")}, {("신산업 육성 계획", "inSector", "바이오")}),
    ("joint-venture-of-two-firms", "제목\n\n화유포스코는 포스코퓨처엠과 화유코발트의 합작사다. "
     "포스코퓨처엠이 지분 60%를, 화유코발트가 40%를 보유한다.",
     {("Firm", "화유포스코"), ("Firm", "화유코발트")},
     {("포스코퓨처엠", "establishes", "화유포스코"), ("화유코발트", "establishes", "화유포스코"),
      ("포스코퓨처엠", "investsIn", "화유포스코"), ("화유코발트", "investsIn", "화유포스코"),
      ("포스코퓨처엠", "cooperatesWith", "화유코발트")}),
    ("firms-listed-after-their-country", "중국의 화웨이, ZTE, 샤오미가 성장했다. 중국 배터리 업체 CATL과 BYD가 진출했다.",
     set(), {("ZTE", "locatedIn", "중국"), ("샤오미", "locatedIn", "중국"), ("BYD", "locatedIn", "중국")}),
    ("lies-in-a-part-of-a-place", "제목\n\n옌청 경제기술개발구는 장쑤성 옌청시 동부에 있다.",
     set(), {("옌청 경제기술개발구", "locatedIn", "옌청시")}),
    ("park-set-up-in-a-place", "제목\n\n린강신구는 상하이시에 조성됐다.",
     set(), {("린강신구", "locatedIn", "상하이시")}),
    ("park-in-the-clause-before-its-place", "제목\n\n량장신구가 자리한 충칭은 서부의 중심이다.",
     set(), {("량장신구", "locatedIn", "충칭")}),
    ("where-in-a-parenthesis", "화리그룹(저장성 취저우시 소재)은 태국에 공장을 지었다.",
     set(), {("화리그룹", "locatedIn", "취저우시")}),
    ("park-inside-a-park", "칭다오 서해안신구 내 중한혁신산업원이 개원했다.",
     set(), {("중한혁신산업원", "locatedIn", "서해안신구")}),
    ("policy-by-its-head-noun", "상무부는 《외자 유치 확대 방안》을 내놨다. 방안은 바이오, 인공지능 등 "
     "첨단산업 분야에 외자를 유치하도록 했다.",
     {("Sector", "바이오")}, {("외자 유치 확대 방안", "inSector", "바이오")}),
    ("foreign-name-of-words-before-its-country-body-and-post",
     "제목\n\n응우옌 반탄 베트남 산업무역부 장관은 5일 기자회견을 가졌다. 이날 훈 센 캄보디아 총리가 말했다.",
     {("Person", "응우옌 반탄"), ("Person", "훈 센"), ("GovernmentBody", "산업무역부")},
     {("응우옌 반탄", "memberOf", "산업무역부")}),
    ("firm-of-several-words-glossed-with-its-legal-form",
     "이번 협약에는 도요타 통상(Toyota Tsusho Corporation)과 라오스-중국 철도 회사(Laos-China Railway Co)가 참여했다.",
     {("Firm", "도요타 통상"), ("Firm", "라오스-중국 철도 회사")}, set()),
    ("firm-glossed-with-a-legal-form-before-its-name",
     "발레 인도네시아(PT Vale Indonesia)와 한빛 소재(Hanbit Materials Co., Ltd.)는 협력했다.",
     {("Firm", "발레 인도네시아"), ("Firm", "한빛 소재")},
     {("발레 인도네시아", "cooperatesWith", "한빛 소재")}),
    ("title-with-its-years-referred-to-by-its-head",
     "제목\n\n국무원은 '신에너지자동차 산업 발전 계획(2021~2035년)'을 발표했다. 계획은 배터리, 모터, 자율주행 등 "
     "핵심 기술 개발을 지원한다.",
     {("Sector", "모터"), ("Policy", "신에너지자동차 산업 발전 계획(2021~2035년)")},
     {("신에너지자동차 산업 발전 계획(2021~2035년)", "inSector", "배터리"),
      ("신에너지자동차 산업 발전 계획(2021~2035년)", "inSector", "모터")}),
    ("field-named-by-the-nouns-before-its-head", "제목\n\n한빛전자는 스마트 물류 분야에서 청두시와 협력하기로 했다.",
     {("Sector", "스마트 물류")}, {("한빛전자", "inSector", "스마트 물류")}),
    ("field-of-the-firm-a-clause-describes", "제목\n\n한빛전자는 반도체 분야에서 강점을 가진 SK하이닉스와 손잡았다.",
     {("Sector", "반도체")}, {("SK하이닉스", "inSector", "반도체")}),
    ("what-a-firm-is-known-for-past-its-country",
     "제목\n\n고급 화장품으로 유명한 중국 한빛그룹이 서울에 매장을 열었다.",
     {("Sector", "화장품"), ("Firm", "한빛그룹")}, {("한빛그룹", "inSector", "화장품")}),
    ("a-firm-of-the-field-in-one-word", "제목\n\n한빛그룹은 국내 제약사인 대한바이오와 계약을 맺었다.",
     {("Sector", "제약"), ("Firm", "대한바이오")},
     {("대한바이오", "inSector", "제약"), ("대한바이오", "cooperatesWith", "한빛그룹")}),
    ("fields-a-body-names-after-its-policy",
     "제목\n\n중국 정부는 '신산업 발전 계획'을 발표했다. 공업정보화부는 로봇, 신소재, 신에너지 등 "
     "10대 분야를 집중 지원하기로 했다.",
     {("Sector", "신에너지"), ("Sector", "로봇")},
     {("신산업 발전 계획", "inSector", "로봇"), ("신산업 발전 계획", "inSector", "신에너지")}),
    ("a-kind-of-firm-is-no-part-of-its-name", "제목\n\n이 공장은 중국 배터리업체 한빛에너지와 대한소재가 공동으로 투자했다.",
     {("Firm", "한빛에너지")}, {("한빛에너지", "locatedIn", "중국"), ("한빛에너지", "inSector", "배터리")}),
    ("name-firm-post-with-names-kiwi-does-not-know",
     "제목\n\n이날 행사에는 박영희 대한상사 부사장, 최지훈 미래전지 전무, 정수진 LG화학 상무 등이 참석했다.",
     {("Person", "정수진"), ("Firm", "대한상사"), ("Firm", "미래전지")},
     {("정수진", "memberOf", "LG화학"), ("박영희", "memberOf", "대한상사"), ("최지훈", "memberOf", "미래전지")}),
    ("a-park-in-apposition-after-its-city-and-the-firms-nesting-there",
     "제목\n\n웨이하이시 신시가지인 둥부신취(東部新區)에는 삼성전자 등이 둥지를 틀었다.",
     {("Park", "둥부신취")},
     {("둥부신취", "locatedIn", "웨이하이"), ("삼성전자", "locatedIn", "둥부신취")}),
    ("a-firm-with-its-head-written-apart",
     "제목\n\n대표단은 옌청시 대풍해항 그룹을 찾았다. 쑤저우(蘇州) 산진광뎬(杉金光電) 회사의 공장이 착공됐다.",
     {("Firm", "대풍해항 그룹"), ("Firm", "산진광뎬")},
     {("대풍해항 그룹", "locatedIn", "옌청"), ("산진광뎬", "locatedIn", "쑤저우")}),
    ("the-sister-cities-a-place-has",
     "제목\n\n경기도의 중국 자매결연 지방정부는 허베이성과 헤이룽장성이다.",
     {("Province", "허베이"), ("Province", "헤이룽장")},
     {("경기도", "cooperatesWith", "허베이"), ("경기도", "cooperatesWith", "헤이룽장")}),
    ("a-firm-and-its-subsidiary", "제목\n\n한빛전자와 자회사 한빛소재가 각각 3억 위안을 투자했다.",
     {("Firm", "한빛소재")}, {("한빛소재", "partOf", "한빛전자")}),
    ("a-park-named-by-its-abbreviation-is-one-park",
     "제목\n\n웨이하이시는 한중산업단지를 조성한다. 한중산단에는 한빛전자 등이 입주해 있다.",
     {("Park", "한중산업단지")}, {("한빛전자", "locatedIn", "한중산업단지")}),
    ("a-zone-head-before-a-word-of-place", "제목\n\n선전시 쳰하이 경제구역 내 연구소가 문을 열었다.",
     {("Park", "쳰하이 경제구역")}, {("쳰하이 경제구역", "locatedIn", "선전")}),
    ("an-agreement-named-with-a-dotted-pair", "제목\n\n협회는 한·중 FTA 활용방안 설명회를 열었다.",
     {("Policy", "한·중 FTA")}, set()),
    ("a-quoted-name-of-a-plan-called-so", "제목\n\n정부는 ‘쌀과 철도 맞바꾸기’라는 계획을 내놓았다.",
     {("Policy", "쌀과 철도 맞바꾸기")}, set()),
    ("a-long-title-in-plain-quotes-with-its-years-inside",
     "제목\n\n국무원은 '14차5개년(2021년~2025년) 디지털경제 발전규획'을 발표했다.",
     {("Policy", "14차5개년(2021년~2025년) 디지털경제 발전규획")},
     {("14차5개년(2021년~2025년) 디지털경제 발전규획", "issuedBy", "국무원")}),
    ("a-glossed-name-listed-with-a-firm-and-the-firm-they-set-up",
     "제목\n\n한빛배터리는 CATL과 궈쉬안(國軒)이 합작해 세운 회사다.",
     {("Firm", "궈쉬안"), ("Firm", "한빛배터리")},
     {("궈쉬안", "establishes", "한빛배터리"), ("궈쉬안", "cooperatesWith", "닝더스다이")}),
    ("a-firms-project-of-building", "제목\n\n한빛전자의 배터리 공장 건설 프로젝트가 착공됐다.",
     {("Project", "배터리 공장 건설 프로젝트")},
     {("한빛전자", "establishes", "배터리 공장 건설 프로젝트")}),
    ("a-name-kiwi-reads-as-a-noun-framed-by-a-firm-and-an-ambiguous-post",
     "제목\n\n행사에는 진리 LG화학 상무가 참석했다.",
     {("Person", "진리")}, {("진리", "memberOf", "LG화학")}),
    ("a-country-and-a-firm-of-a-field-in-one-word", "제목\n\n이 공장은 중국 배터리사 한빛에너지가 지었다.",
     {("Firm", "한빛에너지")}, {("한빛에너지", "locatedIn", "중국"), ("한빛에너지", "inSector", "배터리")}),
    ("a-policy-naming-a-counted-set-of-fields-listed-before",
     "제목\n\n중국이 3대 미래산업을 키운다. 3대 미래산업은 ▲로봇 ▲반도체 ▲바이오다. 국무원이 '미래산업 "
     "발전계획'을 내놓았다. 계획은 3대 미래산업의 규모를 두 배로 늘린다.",
     {("Policy", "미래산업 발전계획")},
     {("미래산업 발전계획", "inSector", "로봇"), ("미래산업 발전계획", "inSector", "바이오")}),
    ("the-field-of-a-firms-factory", "제목\n\n한빛전자는 LG디스플레이의 8.5세대 LCD 패널 공장을 방문했다.",
     {("Sector", "LCD")}, {("LG디스플레이", "inSector", "LCD")}),
    ("a-quoted-programme-as-the-subject-of-the-places-it-spans",
     "제목\n\n‘웨강아오 대만구’는 광둥성의 주요 도시(광저우, 선전, 주하이)와 홍콩 및 마카오를 아우르는 도시권이다.",
     {("Project", "웨강아오 대만구")},
     {("광저우", "partOf", "웨강아오 대만구"), ("홍콩", "partOf", "웨강아오 대만구")}),
    ("listed-fields-closed-by-a-head-after-its-modifiers",
     "제목\n\n시는 스마트 농업, 해양 관광, 친환경 선박 등 미래 핵심 분야에 집중한다.",
     {("Sector", "스마트 농업"), ("Sector", "해양 관광"), ("Sector", "친환경 선박")}, set()),
    ("an-outlet-in-brackets-at-the-head-of-the-story",
     "제목\n\n[한빛경제] 중국 업체가 투자를 늘린다.", {("MediaOutlet", "한빛경제")}, set()),
    ("the-field-of-each-firm-of-a-dotted-subject", "제목\n\nLG화학·SK이노베이션·삼성SDI도 배터리 투자를 늘린다.",
     {("Sector", "배터리")},
     {("LG화학", "inSector", "배터리"), ("SK이노베이션", "inSector", "배터리"), ("삼성SDI", "inSector", "배터리")}),
    ("fields-a-body-of-a-country-names-after-its-policy",
     "제목\n\n국무원은 '신산업 육성계획'을 발표했다. 중국 공업정보화부는 로봇, 신소재, 항공우주 등을 "
     "집중 지원하기로 했다.",
     {("Sector", "항공우주")}, {("신산업 육성계획", "inSector", "항공우주")}),
    ("a-chinese-minister-with-the-ministry-glued-to-the-title",
     "제목\n\n회의에는 왕이 외교부장과 셰푸잔 재정부장이 참석했다.",
     {("Person", "왕이"), ("Person", "셰푸잔"), ("GovernmentBody", "중국 외교부")},
     {("왕이", "memberOf", "중국 외교부"), ("셰푸잔", "memberOf", "재정부")}),
    ("a-ministry-of-another-country", "제목\n\n베트남 외교부와 태국 재무부는 한국 외교부와 협약을 맺었다.",
     {("GovernmentBody", "베트남 외교부"), ("GovernmentBody", "태국 재무부"), ("GovernmentBody", "외교부")},
     {("베트남 외교부", "locatedIn", "베트남"), ("태국 재무부", "locatedIn", "태국")}),
    ("a-countrys-own-policy", "제목\n\n양국은 베트남의 '양랑일권' 구상과 인도네시아의 '해양축' 전략을 잇는다.",
     {("Policy", "양랑일권"), ("Policy", "해양축")},
     {("양랑일권", "issuedBy", "베트남"), ("해양축", "issuedBy", "인니")}),
    ("dotted-parties-before-the-pact", "제목\n\n한국무역협회·중국국제무역촉진위원회 업무협약 체결\n\n행사가 열렸다.",
     {("Organization", "한국무역협회")}, {("한국무역협회", "cooperatesWith", "중국국제무역촉진위원회")}),
    ("a-foreign-name-before-a-known-firm-and-its-post", "제목\n\n숀 멍 한국화웨이 CEO는 협력을 약속했다.",
     {("Person", "숀 멍")}, {("숀 멍", "memberOf", "한국화웨이")}),
    ("a-bare-park-head-refers-to-the-park-named-last",
     "제목\n\n옌청시는 한중산업단지를 조성했다. 현재 산업원에는 한빛전자, LG화학 등 한국 업체들이 즐비하다.",
     {("Park", "한중산업단지")},
     {("한빛전자", "locatedIn", "한중산업단지"), ("LG화학", "locatedIn", "한중산업단지")}),
    ("a-park-with-its-place-in-parentheses",
     "제목\n\n옌타이시 관계자는 한중(옌타이)산업단지의 교통이 편리하다고 말했다.",
     {("Park", "한중(옌타이)산업단지")}, {("한중(옌타이)산업단지", "locatedIn", "옌타이")}),
    ("a-firm-said-to-be-of-a-kind", "제목\n\n한빛전자는 국내 배터리 업체다.",
     {("Sector", "배터리")}, {("한빛전자", "inSector", "배터리")}),
    ("a-governors-title-names-its-countrys-province",
     "경기도, 中 장쑤성과 협약… 김동연 지사, 中서 협약 체결\n\n본문이다.",
     {("Person", "김동연")}, {("김동연", "memberOf", "경기도")}),
    ("a-chinese-chairman-and-the-firm-before-his-title",
     "제목\n\n행사에는 정몽구 현대차그룹 회장과 쉬허이 베이징현대 동사장이 참석했다.",
     {("Firm", "베이징현대")}, {("쉬허이", "memberOf", "베이징현대")}),
    ("a-plan-made-public", "제목\n\n국무원이 '신흥산업 발전계획'을 공표했다.",
     {("Policy", "신흥산업 발전계획")}, {("신흥산업 발전계획", "issuedBy", "국무원")}),
    ("an-outlet-after-its-place", "제목\n\n홍콩 사우스차이나모닝포스트(SCMP)에 따르면 센터가 문을 열었다.",
     {("MediaOutlet", "사우스차이나모닝포스트")}, {("사우스차이나모닝포스트", "locatedIn", "홍콩")}),
    ("a-firm-buying-anothers-equipment", "제목\n\nLG유플러스는 화웨이 장비를 도입하기로 했다.",
     {("Firm", "화웨이")}, {("LG유플러스", "cooperatesWith", "화웨이")}),
    ("a-firm-written-with-its-legal-form", "제목\n\n(주)한빛소재는 공장을 지었다. 김철수 ㈜미래전지 대표가 참석했다.",
     {("Firm", "한빛소재"), ("Firm", "미래전지")}, {("김철수", "memberOf", "미래전지")}),
    ("the-company-of-a-groups-name-with-its-legal-form", "제목\n\n행사에는 조준호 ㈜LG 사장이 참석했다.",
     {("Firm", "㈜LG")}, {("조준호", "memberOf", "㈜LG")}),
    ("a-partner-of-the-topic-in-a-sentence-with-no-subject",
     "제목\n\n한빛그룹은 대한상사와 총판 계약을 맺었다. 또 배터리 제조사인 미래에너지와도 손잡았다.",
     {("Firm", "미래에너지")},
     {("미래에너지", "cooperatesWith", "한빛그룹"), ("미래에너지", "inSector", "배터리")}),
    ("a-firm-of-a-country-and-a-field-before-a-maker-word",
     "제목\n\n대한모터스는 중국 배터리 제조업체 미래전지와 손잡았다.",
     {("Firm", "미래전지")},
     {("미래전지", "locatedIn", "중국"), ("미래전지", "inSector", "배터리")}),
    ("a-firm-of-a-country-and-two-fields", "제목\n\n대한모터스는 한국 배터리·반도체 업체 미래전지와 손잡았다.",
     {("Firm", "미래전지")}, {("미래전지", "locatedIn", "한국")}),
    ("kinds-of-the-field-a-list-is-closed-by", "제목\n\n한빛전자는 LCD, 전자종이 등 디스플레이를 생산한다.",
     {("Sector", "전자종이")}, {("한빛전자", "inSector", "전자종이")}),
    ("a-field-named-as-a-places-industry", "제목\n\n자동차는 지린성 창춘시의 주력 산업이다.",
     {("Sector", "자동차")}, {("창춘", "inSector", "자동차")}),
    ("the-source-a-sentence-opens-with", "제목\n\n10일 차이신망에 따르면 쑤저우시는 반도체를 육성한다.",
     {("MediaOutlet", "차이신망")}, set()),
    ("investment-a-place-draws-from-firms", "제목\n\n쑤저우시는 삼성전자로부터 10억 달러의 투자를 받았다.",
     {("Firm", "삼성전자")}, {("삼성전자", "investsIn", "쑤저우")}),
    ("investment-the-park-a-speaker-talks-of-draws-from-firms",
     "제목\n\n한빛산업단지는 반도체 기업을 유치한다. 김철수 서기는 단지를 키우겠다고 말했다. "
     "현재 대성전자를 비롯해 한빛물산 등 2개의 기업으로 부터 3억 달러의 투자를 확보했다.",
     {("Firm", "대성전자"), ("Firm", "한빛물산")},
     {("대성전자", "investsIn", "한빛산업단지"), ("한빛물산", "investsIn", "한빛산업단지")}),
    ("chosen-as-a-firms-supplier", "제목\n\n한빛전자는 지난 9월 대성전자의 2기 배터리 공급 업체로 선정됐다.",
     {("Firm", "대성전자")}, {("한빛전자", "cooperatesWith", "대성전자")}),
    ("a-countrys-government-designates", "제목\n\n중국 정부가 지정한 한빛경제기술개발구에 입주했다.",
     {("Park", "한빛경제기술개발구")}, {("한빛경제기술개발구", "designatedBy", "중국")}),
    ("a-countrys-government-issues", "제목\n\n중국 정부는 「신에너지차 발전계획」을 발표했다.",
     {("Policy", "신에너지차 발전계획")}, {("신에너지차 발전계획", "issuedBy", "중국")}),
    ("a-firm-a-subsidiary-of-another", "제목\n\n한빛전자는 대성그룹의 중국 자회사로 1995년 설립됐다.",
     {("Firm", "한빛전자"), ("Firm", "대성그룹")}, {("한빛전자", "partOf", "대성그룹")}),
    ("a-field-a-firm-makes", "제목\n\n한빛전자는 반도체 장비를 만드는 회사다.",
     {("Sector", "반도체장비")}, {("한빛전자", "inSector", "반도체장비")}),
    ("a-field-a-firms-main-line-names", "제목\n\n한빛전자의 주력 제품은 배터리다.",
     {("Sector", "배터리")}, {("한빛전자", "inSector", "배터리")}),
    ("a-park-a-relative-clause-puts-in-a-place", "제목\n\n옌청시에 있는 한빛산업단지는 크다.",
     {("Park", "한빛산업단지")}, {("한빛산업단지", "locatedIn", "옌청")}),
    ("a-park-that-rises-in-a-place", "제목\n\n한빛산업단지는 옌청시에 들어선다.",
     {("Park", "한빛산업단지")}, {("한빛산업단지", "locatedIn", "옌청")}),
    ("a-park-built-a-distance-from-a-city", "제목\n\n한빛산업단지는 옌청시 남쪽 20km 지점에 조성됐다.",
     {("Park", "한빛산업단지")}, {("한빛산업단지", "locatedIn", "옌청")}),
    ("cooperation-between-two", "제목\n\n옌청시와 군산시 사이의 교류가 활발하다. 한빛전자와 대성전자 간의 협력이 늘었다.",
     {("Firm", "대성전자")},
     {("옌청", "cooperatesWith", "군산"), ("한빛전자", "cooperatesWith", "대성전자")}),
    ("a-firm-a-place-holds", "제목\n\n상하이 소재 기업 한빛물산은 수출을 늘렸다.",
     {("Firm", "한빛물산")}, {("한빛물산", "locatedIn", "상하이")}),
    ("a-field-of-a-partner-a-progressive-clause-describes",
     "제목\n\n한빛전자는 배터리 분야에서 두각을 나타내고 있는 대성전자와 제휴를 맺었다.",
     {("Firm", "대성전자")}, {("대성전자", "inSector", "배터리")}),
    ("what-is-approved-after-other-clauses",
     "제목\n\n한빛신구는 국무원의 발전전략을 위해 다롄시에 건설 중인 신구로서 한빛경제개발구, "
     "두리경제개발구를 통합해 올해 5월 국무원이 국가급 신구로 승인했다.",
     {("Park", "한빛신구")}, {("한빛신구", "designatedBy", "국무원")}),
    ("a-ranked-field-names-the-firm-after-it",
     "제목\n\n대성전자는 중국 최대 파운드리인 한빛반도체와 손잡고 시장에 진출한다.",
     {("Sector", "파운드리")},
     {("한빛반도체", "inSector", "파운드리"), ("한빛반도체", "locatedIn", "중국")}),
    ("a-field-after-a-country-names-the-firm-after-it",
     "제목\n\n대성전자는 중국 파운드리인 한빛반도체와 손잡았다.", {("Sector", "파운드리")},
     {("한빛반도체", "inSector", "파운드리"), ("한빛반도체", "locatedIn", "중국")}),
    ("a-programme-glossed-as-a-chinese-gongcheng",
     "제목\n\n중국은 남수북조공정(南水北調工程)을 추진했다.", {("Project", "남수북조공정")}, set()),
    ("heads-of-districts-and-counties-and-attaches",
     "제목\n\n이영호 해남군수는 칭다오를 방문했다. 왕밍 구장은 기업을 만났다. "
     "김철수 주상하이 총영사관 상무관은 설명했다.",
     {("Person", "이영호"), ("Person", "왕밍"), ("Person", "김철수")}, {("이영호", "memberOf", "해남")}),
    ("a-foreign-leader-after-the-country",
     "제목\n\n베트남의 응우옌 쑤언 푹 총리는 말했다. 인도네시아의 조코 위도도 대통령도 참석했다.",
     {("Person", "응우옌 쑤언 푹"), ("Person", "조코 위도도")}, set()),
    ("a-foreign-minister-after-the-country-and-ministry",
     "제목\n\n이날 행사에는 베트남 산업무역부 응우옌 홍 디엔 장관이 참석했다.",
     {("Person", "응우옌 홍 디엔")}, {("응우옌 홍 디엔", "memberOf", "산업무역부")}),
    ("main-export-items-are-fields",
     "제목\n\n한국은 일반기계, 무선통신기기, 선박 등 주력 산업의 수출을 늘렸다.",
     {("Sector", "일반기계"), ("Sector", "무선통신기기"), ("Sector", "조선")}, set()),
    ("a-field-named-as-a-places-industry-without-genitive",
     "제목\n\n자동차는 지린성 창춘시 주력 산업이다.",
     {("Sector", "자동차")}, {("창춘", "inSector", "자동차")}),
    ("parties-listed-before-the-cue",
     "제목\n\n한국무역협회·대한상공회의소 맞손. 삼성전자·LG전자가 배터리 협력을 강화한다.",
     {("Organization", "한국무역협회")},
     {("한국무역협회", "cooperatesWith", "대한상공회의소"), ("삼성전자", "cooperatesWith", "LG전자")}),
    ("a-park-named-by-two-countries-with-a-dot-or-a-space",
     "제목\n\n한·중 산업협력단지는 크다. 한.중산업협력단지는 2015년 지정됐다. 중·한 산업단지에 입주했다.",
     {("Park", "한·중 산업협력단지"), ("Park", "한.중산업협력단지"), ("Park", "중·한 산업단지")}, set()),
    ("the-counted-pair-parks-are-a-programme",
     "제목\n\n후이저우시는 3개 한중산단 중 하나다.", {("Project", "3개 한중산단")}, set()),
    ("a-pair-park-spread-over-counted-places-is-a-programme",
     "제목\n\n한중산업협력단지는 한국에서는 새만금을, 중국에서는 옌타이시·옌청시·후이저우시 등 3곳을 "
     "지정했다. 한중산업협력단지 실무회의가 열렸다.",
     {("Project", "한중산업협력단지")}, set()),
    ("a-pair-park-without-its-place-is-the-one-named-with-it",
     "제목\n\n중한옌청산업협력단지는 크다. 옌청시는 중한산업협력단지를 넓힌다.",
     {("Park", "중한산업협력단지")}, set()),
    ("a-line-of-two-countries-joined-by-a-middle-dot",
     "제목\n\n중·라오스 철도가 개통했다.", {("Project", "중·라오스 철도")}, set()),
    ("a-dotted-compound-is-one-name", "제목\n\n보건·복지위원회가 열렸다.",
     {("GovernmentBody", "보건·복지위원회")}, set()),
    ("the-glossed-office-of-the-body-before-it",
     "제목\n\n국가인터넷보안·정보화위원회 판공실(國家網信辦)이 발표했다.",
     {("GovernmentBody", "국가인터넷보안·정보화위원회 판공실")}, set()),
    ("a-particle-after-a-gloss-is-no-part-of-the-name",
     "제목\n\n상무부 판공청(商務部辦公廳)도 발표했다.", {("GovernmentBody", "상무부 판공청")}, set()),
    ("a-short-form-in-parentheses",
     "제목\n\n한빛개발청(한개청)과 대성시는 협약을 맺었다. 한개청은 기업을 유치한다.",
     {("GovernmentBody", "한빛개발청"), ("GovernmentBody", "한개청")},
     {("한개청", "cooperatesWith", "대성시")}),
    ("a-briefings-dated-credit-line",
     "제목\n\n라오스 Vientiane Times, China Daily 2023/04/28\n\n철도가 개통했다.",
     {("MediaOutlet", "Vientiane Times"), ("MediaOutlet", "차이나데일리")}, set()),
    ("a-bare-council-is-the-council-of-the-city-named-before",
     "제목\n\n김해시(시장 정우식)는 투자를 유치했다. 행사에는 정우식 시장, 박철수 시의회 의장이 참석했다.",
     {("GovernmentBody", "김해시의회")}, {("박철수", "memberOf", "김해시의회")}),
    ("a-section-of-a-line-between-two-cities",
     "제목\n\n중국-라오스 철도 쿤밍-비엔티안 구간 건설이 착공됐다.",
     {("Project", "쿤밍-비엔티안 구간")},
     {("쿤밍-비엔티안 구간", "partOf", "중국-라오스 철도"), ("쿤밍-비엔티안 구간", "locatedIn", "쿤밍")}),
    ("the-first-or-largest-of-a-country-is-in-it",
     "제목\n\n한빛철도는 두 나라가 함께 건설한 라오스 최초의 고속철도로서 길다. 대성전자는 한국 최대의 가전 업체다.",
     set(), {("한빛철도", "locatedIn", "라오스"), ("대성전자", "locatedIn", "한국")}),
    ("places-in-apposition-to-a-programme",
     "제목\n\n대성시는 양국이 지정한 한빛산업단지인 옌타이시, 옌청시, 후이저우시 3곳 중 하나로 선정됐다.",
     set(), {("옌타이", "partOf", "한빛산업단지"), ("후이저우", "partOf", "한빛산업단지")}),
    ("cities-of-provinces-sign", "제목\n\n장쑤성 옌청시는 전라북도 군산시와 우호협력 협약을 체결했다.",
     {("City", "옌청시")}, {("옌청", "cooperatesWith", "군산"), ("옌청", "locatedIn", "장쑤")}),
]


@pytest.mark.parametrize(("text", "entities", "relations"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_construction(text: str, entities: set, relations: set) -> None:
    names, rels = _build(text)
    assert entities <= names, entities - names
    assert relations <= rels, relations - rels


@pytest.mark.parametrize(
    ("text", "not_expected"),
    [
        ("산업원은 바이오의약, 첨단장비 제조, 현대 물류 등 3대 산업을 육성한다.",
         {("Sector", "물류"), ("Sector", "첨단장비")}),
        ("정부는 저금리 차관을 제공하기로 했다. 대규모 차관이 들어왔다.", {("Person", "저금리"), ("Person", "대규모")}),
        ("포스코는 이사회의 지분 정책을 바꿨고 공장과 합작 방안을 논의했다.", {("Firm", "이사회"), ("Firm", "공장")}),
        ("두 회사는 합작회사를 세웠다. 양사는 2개회사를 통합했다.", {("Firm", "합작회사"), ("Firm", "2개회사")}),
        ("장 부시장은 “한중(옌타이)산업단지는 한중 양국이 공동으로 조성한 산업단지”라고 말했다.",
         {("Park", "한중(옌타이)산업단지는 한중 양국이 공동으로 조성한 산업단지")}),
        ("삼성전자와 LG전자, 정부, 도시로 협회가 참여했다.", {("Firm", "정부"), ("Firm", "도시")}),
        ("당시 중국 정부는 규제를 풀었다.", {("City", "당시")}),
        ("김동현 기자가 전했다.", {("City", "김동현")}),
        ("현대 사회에서 기업의 역할은 크다.", {("Firm", "현대")}),
        ("중국 시장 공략을 강화한다.", {("Person", "중국")}),
        ("LG전자 중국법인 사장이 참석했다.", {("Person", "중국법인")}),
        ("공장 건설 프로젝트가 시작됐다.", {("Sector", "건설")}),
        ("(서울=연합뉴스) 김영수 기자 = 수출이 늘었다.", {("City", "서울")}),
        ("협정을 맺은 뒤 바이오, 반도체 등 첨단산업 분야에서 교류한다.", {("Sector", "뒤 바이오")}),
        ("샤오미는 '레드미 K70'을 발표했다.", {("Policy", "레드미 K70")}),
        ("포스코는 중국 자회사와 칭다오 현지법인을 합쳤다.", {("Firm", "중국 자회사"), ("Firm", "칭다오 현지법인")}),
        ("그는 업계 대표 김민수는 아니라고 했다.", {("Person", "김민수")}),
        ("협력은 대부분 농업 부문에 집중됐다.", {("Sector", "대부분 농업")}),
        ("이날 훈 센 캄보디아 총리가 말했다.", {("Person", "이날 훈 센")}),
        ("클라우드 컴퓨팅, 빅데이터, 사물인터넷 등이 성장했다.", {("Sector", "컴퓨팅")}),
        ("신화통신사는 배터리 제조사인 한빛에너지를 소개했다.", {("Sector", "통신"), ("Sector", "제조업")}),
        ("중구와 서구의 주민이 늘었고 서구 문명은 음성 인식 강화를 말한다.",
         {("City", "중구"), ("City", "서구"), ("City", "음성"), ("City", "강화")}),
        ("[단독] 중국 업체가 진출한다.", {("MediaOutlet", "단독")}),
        ("태국 동북부와 베트남 북부에 공장이 있다.", {("GovernmentBody", "태국 동북부"),
                                            ("GovernmentBody", "베트남 북부")}),
        ("단지는 공항, 항만, 고속철 등 뛰어난 교통 인프라를 갖췄다.", {("Sector", "공항"), ("Sector", "항만")}),
        ("이 도시에는 경제기술개발구가 두 곳 있다.", {("Park", "경제기술개발구")}),
        ("한국이동통신사들은 5G 장비를 샀다.", {("MediaOutlet", "한국이동통신사")}),
        ("대한모터스는 중국 배터리 제조업체 미래전지와 손잡았다.", {("Sector", "제조"), ("Sector", "제조업")}),
        ("업계 전망에 따르면 시장이 커진다. 전망에 따르면 수출이 는다.", {("MediaOutlet", "전망"),
                                                     ("MediaOutlet", "업계 전망")}),
        ("이 사업에는 삼성전자, 누리온, LG전자 등 3개 대기업과 다온, 한결 등 중소기업이 참여한다.",
         {("Firm", "대기업"), ("Firm", "중소기업")}),
        ("성은 현대 서비스업과 현대 농업을 육성한다.", {("Firm", "현대")}),
        ("한빛 김철수 사장은 투자를 늘리겠다고 밝혔다.", {("Person", "한빛 김철수")}),
        ("시는 1000억 위안급 산업과 100억달러 산업을 키운다.", {("Sector", "위안급"), ("Sector", "100억달러")}),
        ("샤오미(小米)는 한국에 진출했다.", {("Person", "샤오미")}),
        ("한빛전자는 정부와 제휴했다. 서울시는 다온과 제휴했다.", {("Firm", "정부"), ("Firm", "다온"),
                                                   ("Firm", "전략적")}),
        ("한빛전자는 SK 배터리 공장을 방문했다.", {("Sector", "SK 배터리")}),
        ("중국 언론 보도는 많았고 현지 언론 대부분은 침묵했다.", {("MediaOutlet", "보도"), ("MediaOutlet", "대부분")}),
        ("한빛그룹 산하 한빛물산은 합작사 다온에너지를 세웠다.",
         {("Firm", "산하 한빛물산"), ("Firm", "합작사 다온에너지")}),
        ("생산공장은 한빛전자의 중국 법인이다.", {("Firm", "생산공장")}),
        ("중국 경제가 성장했다.\n\n출처: 인민망 한국어판", {("MediaOutlet", "한국어판")}),
    ],
    ids=["field-inside-a-listed-field", "loan-is-no-post", "deal-words-need-a-name", "generic-words-listed-with-firms",
         "a-quoted-clause-is-no-name", "a-kind-or-count-of-firms-is-no-name", "dictionary-word-ending-in-si", "reporter-name-ending-in-hyeon", "modern-is-no-group",
         "market-is-no-post", "unit-is-no-name", "building-is-no-sector",
         "dateline-place-is-no-name", "clause-noun-is-no-list-item", "a-product-announced-is-no-policy",
         "a-subsidiary-in-a-place-is-no-name", "an-ambiguous-post-before-a-word-needs-its-body",
         "a-word-of-quantity-is-no-part-of-a-field", "a-time-word-is-no-part-of-a-foreign-name",
         "the-last-word-of-a-listed-field-is-no-field", "news-agency-and-maker-are-no-firms-of-a-field",
         "a-district-name-many-cities-share-or-a-common-noun-is-no-city-alone",
         "a-bracketed-label-is-no-outlet", "a-part-of-a-country-is-no-ministry",
         "facilities-listed-are-no-fields", "a-kind-of-park-is-no-name",
         "mobile-carriers-are-no-news-agency", "a-maker-word-is-no-field",
         "a-forecast-is-no-outlet", "the-class-closing-a-list-of-firms-is-no-firm",
         "modern-before-a-field-is-no-group", "a-word-before-a-korean-name-is-no-part-of-it",
         "a-size-class-is-no-field", "a-glossed-name-not-begun-by-a-surname-is-no-person",
         "a-common-noun-after-the-word-for-outlets-is-no-outlet",
         "a-firm-before-a-field-is-no-kind-of-it", "a-deal-partner-needs-a-firm-as-subject",
         "a-tie-word-before-a-firm-is-no-part-of-its-name", "a-plant-of-a-firm-is-no-firm",
         "the-edition-of-an-outlet-is-no-outlet"],
)
def test_not_a_name(text: str, not_expected: set) -> None:
    names, _ = _build(text)
    assert not (not_expected & names), not_expected & names


@pytest.mark.parametrize(
    ("text", "not_expected"),
    [
        ("포스코는 서울 본사에서 중국 칭화대와 업무협약을 체결했다.",
         {("포스코", "locatedIn", "서울"), ("포스코", "cooperatesWith", "중국")}),
        ("중국-라오스 철도가 개통했다. 통관 시간을 포함해 쿤밍과 비엔티안 사이를 10시간에 달린다.",
         {("쿤밍", "partOf", "중국-라오스 철도"), ("비엔티안", "partOf", "중국-라오스 철도")}),
        ("칭다오시와 한국 인천광역시, 경기도는 협력 양해각서에 서명했다.",
         {("인천광역시", "cooperatesWith", "경기도")}),
        ("중국과 라오스가 합작해 조성한 비엔티안 경제특구는 넓다. 비엔티안 경제특구는 중국과 협력해 왔다.",
         {("비엔티안 경제특구", "cooperatesWith", "중국"), ("비엔티안 경제특구", "cooperatesWith", "라오스")}),
        ("중국-라오스 철도는 쿤밍과 비엔티안을 연결한다.",
         {("쿤밍", "partOf", "중국-라오스 철도"), ("비엔티안", "partOf", "중국-라오스 철도")}),
        ("샤오미, 한국 진출\n\n샤오미는 한국 시장에 진출했다. 업계에서는 삼성전자와 LG전자를 TV와 유통 분야의 "
         "경쟁자로 본다.",
         {("샤오미", "inSector", "유통")}),
        ("제목\n\n화유포스코는 포스코퓨처엠과 화유코발트의 합작사다.",
         {("화유포스코", "cooperatesWith", "포스코퓨처엠")}),
        ("제목\n\nLG화학은 난징에 배터리 공장을 건설했다.", {("LG화학", "locatedIn", "난징")}),
        ("인천시는 '인천-중국의 날' 행사를 열었다.", {("인천", "cooperatesWith", "중국")}),
        ("제목\n\n자카르타-반둥 고속철도 프로젝트의 건설은 중국철도그룹이 맡았다.",
         {("자카르타", "cooperatesWith", "반둥")}),
        ("제목\n\n박진웅 주칭다오 총영사는 인사말을 했다.", {("박진웅", "memberOf", "칭다오")}),
        ("제목\n\n삼성SDI는 현대자동차에 1조원을 투자했다.", {("삼성SDI", "cooperatesWith", "현대자동차")}),
        ("제목\n\n동양제지는 칭다오동양의 지분 100%를 산둥신화에 매각하기로 했다.",
         {("동양제지", "investsIn", "칭다오동양")}),
        ("부산시는 상하이에 부산시 무역사무소를 열었다. 부산시 무역사무소는 기업을 돕는다.",
         {("부산시 무역사무소", "locatedIn", "부산시"), ("부산시 무역사무소", "locatedIn", "부산")}),
        ('제목\n\n한빛전자는 "중국 배터리 산업이 빠르게 성장한다"고 밝혔다.', {("한빛전자", "inSector", "배터리")}),
        ("제목\n\n한빛전자는 반도체 분야에서 강점을 가진 SK하이닉스와 손잡았다.", {("한빛전자", "inSector", "반도체")}),
        ("제목\n\n쑤저우시 정부는 쑤저우공업원구에 한국 전용 산업단지를 조성하기로 했다.",
         {("한국 전용 산업단지", "locatedIn", "한국")}),
        ("제목\n\n한빛배터리는 CATL과 궈쉬안(國軒)이 합작해 세운 회사다.",
         {("한빛배터리", "cooperatesWith", "닝더스다이"), ("닝더스다이", "cooperatesWith", "한빛배터리")}),
        ("제목\n\n샤오미는 두 유통사를 통해 한국 시장에 진출했다.", {("샤오미", "inSector", "유통")}),
        ("제목\n\n대한모터스는 한국 배터리 소재 업체 미래전지와 손잡았다.", {("대한모터스", "locatedIn", "한국")}),
        ("중국 상무부 왕서우원 부부장이 참석했다.", {("왕서우원", "memberOf", "중국")}),
        ("제목\n\n한빛전자와 대성전자 간 경쟁이 치열하다.", {("한빛전자", "cooperatesWith", "대성전자")}),
        ("제목\n\n한빛전자는 배터리 분야에서 두각을 나타내고 있는 대성전자와 제휴를 맺었다.",
         {("한빛전자", "inSector", "배터리")}),
        ("제목\n\n한빛신구는 국무원의 발전전략을 위해 다롄시에 건설 중인 신구로서 한빛경제개발구, "
         "두리경제개발구를 통합해 올해 5월 국무원이 국가급 신구로 승인했다.",
         {("두리경제개발구", "designatedBy", "국무원"), ("발전전략", "designatedBy", "국무원")}),
        ("제목\n\n장쑤성 옌청시는 전라북도 군산시와 우호협력 협약을 체결했다.",
         {("옌청", "cooperatesWith", "전라북도"), ("장쑤", "cooperatesWith", "군산"),
          ("장쑤", "cooperatesWith", "전라북도")}),
        ("제목\n\n삼성전자·LG전자 협력사 지원이 늘었다.", {("삼성전자", "cooperatesWith", "LG전자")}),
        ("제목\n\n중국-라오스 철도 쿤밍-비엔티안 구간 건설이 착공됐다.", {("쿤밍", "cooperatesWith", "비엔티안")}),
        ("제목\n\n대성전자는 중국 최대의 시장에 진출했다.", {("대성전자", "locatedIn", "중국")}),
        ("제목\n\n라오스 Vientiane Times 2023/04/28\n\n철도가 개통했다.",
         {("Vientiane Times", "locatedIn", "라오스")}),
        ("제목\n\n장궈화 상무부총리가 한국 대표단을 만났다.", {("장궈화", "memberOf", "상무부")}),
        ("제목\n\n한빛전자는 배터리를 만든다. 한빛전자는 지난해 공장을 늘렸다. 우시시는 전자정보와 "
         "광전소자 등 3대 산업을 키운다.", {("한빛전자", "inSector", "광전소자")}),
        ("상무부는 친저우산업원을 중국과 말레이시아 양국 협력 시범 프로젝트로 지정했다.",
         {("상무부", "cooperatesWith", "중국"), ("상무부", "cooperatesWith", "말레이시아")}),
        ("공업정보화부는 '제조업 발전계획'을 발표했다. 이는 국무원이 '중국제조 2025'를 발표한 지 6년 "
         "만이다. 공업정보화부는 로봇, 인공지능, 정밀기기 등 5개 산업을 집중 육성하기로 했다.",
         {("중국제조 2025", "inSector", "로봇")}),
        ("한빛물산은 톈진 대성모터스와 협력했다.", {("한빛물산", "cooperatesWith", "톈진")}),
        ("한빛전자와 다온에너지가 공동 투자한 누리바이오는 톈진에 있다.",
         {("누리바이오", "cooperatesWith", "한빛전자")}),
        ("김 장관은 한빛전자와 함께 행사에 참석했다. 한빛전자는 다온에너지와 함께 행사에 참석했다.",
         {("한빛전자", "cooperatesWith", "다온에너지")}),
        ("장쑤성 난징시 쑤저우는 없다.", {("쑤저우", "locatedIn", "난징")}),
        ("한빛전자는 옌청경제개발구에 입주를 검토하고 있다.", {("한빛전자", "locatedIn", "옌청경제개발구")}),
        ("옌청과 대구광역시는 한중산업단지를 공동 건설할 데 관한 양해각서에 서명했다.",
         {("대구광역시", "establishes", "한중산업단지"), ("옌청", "establishes", "한중산업단지")}),
        ("한빛전자와 다온에너지가 공동 출자해 설립한 누리다온은 톈진에 있다.",
         {("다온에너지", "locatedIn", "톈진"), ("누리다온", "cooperatesWith", "한빛전자")}),
        ("김철수 한빛전자 대표와 왕밍 난퉁시 시장이 지켜보는 가운데 두 기관이 협약에 서명했다.",
         {("한빛전자", "cooperatesWith", "난퉁")}),
        ("김철수 한빛전자 대표와 왕밍 난퉁시 시장은 이날 만찬을 함께했다.",
         {("한빛전자", "cooperatesWith", "난퉁")}),
    ],
    ids=["where-it-happened-and-a-partners-country", "included-comes-before-the-cue",
         "one-side-of-a-signing", "a-park-is-what-is-made", "the-two-ends-of-a-line",
         "a-topic-carried-past-other-names", "a-joint-venture-signs-with-no-owner",
         "where-a-firm-builds-a-plant", "a-consul-is-no-member-of-the-city",
         "a-city-and-a-country-name-an-event", "the-two-cities-a-line-joins",
         "an-office-abroad", "paying-into-is-no-supplying", "a-stake-sold-is-no-stake-taken",
         "a-field-in-a-speakers-words", "a-field-of-the-partner-a-clause-describes",
         "a-park-for-a-country-is-not-in-it", "what-two-firms-set-up-signs-with-neither",
         "firms-of-a-kind-the-subject-works-through", "materials-are-no-place-a-firm-is-in",
         "an-official-of-a-ministry-is-no-member-of-its-country", "competition-between-two",
         "a-field-of-the-partner-a-progressive-clause-describes",
         "what-another-verb-takes-is-not-what-is-approved",
         "the-province-before-a-signing-city-is-where-it-is",
         "firms-listed-before-their-suppliers-are-no-partners",
         "the-two-ends-of-a-section-are-no-partners",
         "the-region-of-a-credit-line-is-what-the-brief-is-about",
         "the-largest-market-of-a-country-is-where-a-firm-goes-not-is",
         "an-executive-vice-premier-is-no-member-of-the-ministry-of-commerce",
         "a-sentence-with-its-own-subject-lists-no-fields-of-the-topic",
         "a-pair-inside-a-phrase-is-no-partner-of-the-subject",
         "fields-after-a-policy-are-not-those-of-a-background-one",
         "the-city-before-a-partner-is-no-partner", "people-who-watch-a-signing-sign-nothing",
         "people-who-dine-together-sign-nothing", "the-founders-in-a-clause-are-not-where-it-is",
         "attending-together-is-no-cooperation", "a-move-considered-is-no-place", "a-prefecture-city-is-in-no-other", "what-two-firms-invest-in-is-no-partner-of-theirs", "a-pact-about-building-a-park-makes-none"],
)
def test_not_a_relation(text: str, not_expected: set) -> None:
    _, rels = _build(text)
    assert not (not_expected & rels), not_expected & rels


def test_target_date_in_a_quotation_builds() -> None:
    """A target date written like ``2030년 6월까지`` inside a quotation does not crash."""
    text = ('현대차는 "2030년 6월까지 공장을 완공하겠다"고 밝혔다. '
            '왕 시장은 "2030년 6월까지, 늦어도 2031년까지"라고 말했다.')
    names, _ = _build(text)
    assert ("Firm", "현대차") in names


def test_places_listed_with_another_middle_dot(tmp_path) -> None:  # noqa: ANN001
    """``옌타이시‧장쑤성`` (U+2027) parts as ``옌타이시·장쑤성`` does: the reader makes one dot."""
    from kg import ingest

    path = tmp_path / "dots.txt"
    path.write_text("중국은 산둥성 웨이하이시\u2027장쑤성 쑤저우시 등 2곳을 지정했다.\n",
                    encoding="utf-8")
    (art,) = ingest.read_paths([path])
    assert "\u2027" not in art.text
    _, rels = _build(art)
    assert ("쑤저우시", "locatedIn", "장쑤성") in rels


def test_surname_and_post_is_the_person_named_before() -> None:
    """``류 주임`` is the 류샤오둥 named before, one entity; with no such person it is nothing."""
    corpus = pipeline.process([Article("t", "류샤오둥 개발구 관리위원회 주임이 참석했다. "
                                            "류 주임은 한국 기업을 환영했다.", date="2021-03-04")])
    people = [e for e in corpus.entities.values() if e.type == "Person"]
    assert len(people) == 1 and {"류샤오둥", "류 주임"} <= set(people[0].labels["ko"])
    alone = pipeline.process([Article("t", "류 주임은 한국 기업을 환영했다.", date="2021-03-04")])
    assert not [e for e in alone.entities.values() if e.type == "Person"]


def test_short_form_of_a_carmaker_is_the_carmaker() -> None:
    """``현대차`` is the ``현대자동차`` named before: one entity, not two."""
    corpus = pipeline.process([Article("t", "현대자동차는 충칭에 공장을 지었다. 현대차는 판매를 늘린다.",
                                       date="2021-03-04")])
    firms = [e for e in corpus.entities.values() if e.type == "Firm"]
    assert len(firms) == 1 and {"현대자동차", "현대차"} <= set(firms[0].labels["ko"])


def test_a_korean_city_of_the_code_list_is_in_its_province_and_in_korea() -> None:
    """``시흥시`` (no GeoNames city) is the 시흥시 of the legal-dong code list, in 경기도, in
    Korea; written bare (``시흥``) it is the same city."""
    corpus = pipeline.process([Article("t", "시흥시는 중국 웨이하이시와 우호도시 협약을 체결했다. "
                                            "시흥 대표단은 웨이하이를 방문했다.", date="2021-03-04")])
    siheung = [e for e in corpus.entities.values() if e.type == "City" and "시흥시" in
               e.labels.get("ko", ())]
    assert len(siheung) == 1 and "시흥" in siheung[0].labels["ko"]
    key = siheung[0].key
    up = {(r.subject, r.object) for r in corpus.relations if r.predicate == "locatedIn"}
    assert (key, "province/KR-41") in up and ("province/KR-41", "country/KR") in up


def test_a_district_name_several_cities_share_is_the_one_of_the_city_before_it() -> None:
    """``부산 중구`` is Busan's 중구, ``서울 중구`` Seoul's: two entities, each in its city."""
    corpus = pipeline.process([Article("t", "부산 중구와 서울 중구는 중국 도시들과 교류한다.",
                                       date="2021-03-04")])
    jung = {e.key: e for e in corpus.entities.values() if e.type == "City" and e.mentioned
            and "중구" in e.labels.get("ko", ())}
    assert set(jung) == {"city/kr-26110", "city/kr-11140"}
    up = {(r.subject, r.object) for r in corpus.relations if r.predicate == "locatedIn"}
    assert ("city/kr-26110", "city/1838524") in up and ("city/kr-11140", "city/1835848") in up


def test_a_pair_park_without_its_place_is_no_second_park() -> None:
    """``중한산업협력단지`` after ``중한옌청산업협력단지``: one park, with both names."""
    corpus = pipeline.process([Article("t", "제목\n\n중한옌청산업협력단지는 크다. "
                                            "옌청시는 중한산업협력단지를 넓힌다.")])
    parks = [e for e in corpus.entities.values() if e.type == "Park" and e.mentioned]
    assert len(parks) == 1
    assert {"중한옌청산업협력단지", "중한산업협력단지"} <= set(parks[0].labels["ko"])


def test_a_bare_council_with_no_city_before_is_no_name() -> None:
    names, _ = _build("제목\n\n행사에는 박철수 시의회 의장이 참석했다.")
    assert not any(t == "GovernmentBody" for t, _ in names), names


def test_a_firm_with_its_legal_form_is_the_firm_without_it() -> None:
    """``대명자동차유한회사`` then ``대명자동차``: one firm, with both names."""
    corpus = pipeline.process([Article("t", "제목\n\n대명자동차유한회사는 충칭에 공장을 세웠다. "
                                            "대명자동차는 전기차를 만든다.")])
    firms = [e for e in corpus.entities.values() if e.type == "Firm" and e.mentioned]
    assert len(firms) == 1
    assert {"대명자동차유한회사", "대명자동차"} <= set(firms[0].labels["ko"])


def test_zones_of_one_kind_in_two_cities_are_two_zones_and_the_city_suffix_is_no_new_one() -> None:
    """``쿤산경제기술개발구`` and ``우시경제기술개발구`` are two zones; ``쿤산시 경제기술개발구``
    is the first again."""
    corpus = pipeline.process([Article("t", "제목\n\n쿤산경제기술개발구와 우시경제기술개발구는 넓다. "
                                            "쿤산시 경제기술개발구는 기업을 모은다.")])
    parks = [e for e in corpus.entities.values() if e.type == "Park" and e.mentioned]
    assert len(parks) == 2, [e.label for e in parks]
    names = {frozenset(e.labels["ko"]) for e in parks}
    assert frozenset({"쿤산경제기술개발구", "쿤산시 경제기술개발구"}) in names, names


def test_a_zone_named_by_its_place_and_head_is_the_one_zone_of_that_place() -> None:
    """``쿤산개발구`` after ``쿤산경제기술개발구``: one zone; with two such zones it stays apart."""
    one = pipeline.process([Article("t", "제목\n\n쿤산경제기술개발구는 넓다. 쿤산개발구에는 공장이 많다.")])
    parks = [e for e in one.entities.values() if e.type == "Park" and e.mentioned]
    assert [sorted(e.labels["ko"]) for e in parks] == [["쿤산개발구", "쿤산경제기술개발구"]]
    two = pipeline.process([Article("t", "제목\n\n쿤산경제기술개발구와 쿤산고신기술산업개발구는 넓다. "
                                         "쿤산개발구에는 공장이 많다.")])
    assert len([e for e in two.entities.values() if e.type == "Park" and e.mentioned]) == 3


def test_a_municipality_in_its_sino_korean_reading_is_the_municipality() -> None:
    """``중경직할시`` (重慶直轄市 read in Korean) is 충칭, not a new city."""
    corpus = pipeline.process([Article("t", "제목\n\n중경직할시는 한국 기업의 투자를 환영했다. "
                                            "충칭시는 크다.")])
    cities = [e for e in corpus.entities.values() if e.type == "City" and e.mentioned]
    assert [e.key for e in cities] == ["province/CN-CQ"]
    assert {"중경직할시", "충칭시"} <= cities[0].labels["ko"]


def test_a_zone_named_after_its_country_is_the_zone_named_without_it() -> None:
    """``'인도네시아 모로왈리 공업단지'`` then ``모로왈리 공업단지``: one zone (the country is cut
    whole, not as 인도, India)."""
    corpus = pipeline.process([Article("t", "제목\n\n'인도네시아 모로왈리 공업단지'는 넓다. "
                                            "칭산그룹은 모로왈리 공업단지에 공장을 세웠다.")])
    parks = [e for e in corpus.entities.values() if e.type == "Park" and e.mentioned]
    assert [e.key for e in parks] == ["park/모로왈리공업단지"]
