// The demo agreements' summaries (ours: the titles are the official ones) and the demo information
// exchanges' titles and summaries in Spanish, French and Vietnamese, by their English text.
import type { DemoTranslations } from "./translations";

export const RECORD_TEXTS: DemoTranslations = {
  "Replaced NAFTA. Chapter 23 brings labour obligations into the core agreement, subject to dispute settlement, with Annex 23-A on worker representation in collective bargaining in Mexico and the Facility-Specific Rapid Response Labor Mechanism of Annex 31-A.": {
    es: "Sustituyó al TLCAN. El capítulo 23 incorpora las obligaciones laborales al cuerpo principal del tratado, sujetas a solución de controversias, con el anexo 23-A sobre la representación de los trabajadores en la negociación colectiva en México y el Mecanismo Laboral de Respuesta Rápida en Instalaciones Específicas del anexo 31-A.",
    fr: "A remplacé l’ALENA. Le chapitre 23 intègre les obligations relatives au travail dans le corps de l’accord, sous réserve du règlement des différends, avec l’annexe 23-A sur la représentation des travailleurs dans la négociation collective au Mexique et le Mécanisme de réaction rapide propre aux installations de l’annexe 31-A.",
    vi: "Thay thế NAFTA. Chương 23 đưa các nghĩa vụ về lao động vào nội dung chính của hiệp định, thuộc phạm vi giải quyết tranh chấp, cùng Phụ lục 23-A về đại diện của người lao động trong thương lượng tập thể tại Mexico và Cơ chế phản ứng nhanh về lao động đối với từng cơ sở tại Phụ lục 31-A.",
  },
  "Chapter 16 commits the Parties to enforce their labour laws and creates a Labor Affairs Council and a Labor Cooperation and Capacity Building Mechanism. The first labour case under a U.S. trade agreement (Guatemala, 2011–2017) was brought under it.": {
    es: "El capítulo 16 obliga a las Partes a hacer cumplir su legislación laboral y crea un Consejo de Asuntos Laborales y un Mecanismo de Cooperación Laboral y Desarrollo de Capacidades. En su marco se planteó el primer caso laboral en virtud de un acuerdo comercial de los Estados Unidos (Guatemala, 2011–2017).",
    fr: "Le chapitre 16 engage les Parties à faire appliquer leur législation du travail et crée un Conseil des affaires du travail ainsi qu’un Mécanisme de coopération et de renforcement des capacités dans le domaine du travail. La première affaire relative au travail fondée sur un accord commercial des États-Unis (Guatemala, 2011–2017) a été engagée sur cette base.",
    vi: "Chương 16 cam kết các Bên thực thi pháp luật lao động của mình và thành lập Hội đồng các vấn đề lao động cùng Cơ chế hợp tác lao động và nâng cao năng lực. Vụ việc lao động đầu tiên theo một hiệp định thương mại của Hoa Kỳ (Guatemala, 2011–2017) được khởi xướng theo chương này.",
  },
  "Chapter 13 on Trade and Sustainable Development commits the Parties to the ILO fundamental principles and to efforts towards ratifying the fundamental conventions, monitored by a Committee on Trade and Sustainable Development and Domestic Advisory Groups, with a Panel of Experts for disputes.": {
    es: "El capítulo 13, sobre comercio y desarrollo sostenible, compromete a las Partes con los principios fundamentales de la OIT y con los esfuerzos para ratificar los convenios fundamentales, bajo el seguimiento de un Comité de Comercio y Desarrollo Sostenible y de los Grupos Consultivos Internos, con un Grupo de Expertos para las controversias.",
    fr: "Le chapitre 13, consacré au commerce et au développement durable, engage les Parties à respecter les principes fondamentaux de l’OIT et à œuvrer à la ratification des conventions fondamentales, sous le suivi d’un comité du commerce et du développement durable et de groupes consultatifs internes, avec un groupe d’experts pour les différends.",
    vi: "Chương 13 về Thương mại và Phát triển bền vững cam kết các Bên tuân thủ các nguyên tắc cơ bản của ILO và nỗ lực phê chuẩn các công ước cơ bản, dưới sự giám sát của Ủy ban Thương mại và Phát triển bền vững và các Nhóm tư vấn trong nước, với một Ban chuyên gia để giải quyết tranh chấp.",
  },
  "Chapter 16 affirms the Parties' ILO commitments; the parallel Agreement on Labour Cooperation sets the obligations, a Ministerial Council, National Administrative Offices that receive public communications, and a review panel that may impose monetary assessments.": {
    es: "El capítulo 16 reafirma los compromisos de las Partes ante la OIT; el Acuerdo de Cooperación Laboral paralelo establece las obligaciones, un Consejo Ministerial, Oficinas Administrativas Nacionales que reciben comunicaciones públicas y un panel de revisión que puede imponer contribuciones monetarias.",
    fr: "Le chapitre 16 réaffirme les engagements des Parties envers l’OIT ; l’Accord de coopération dans le domaine du travail conclu en parallèle fixe les obligations et institue un Conseil ministériel, des bureaux administratifs nationaux qui reçoivent les communications du public et un groupe spécial d’examen pouvant imposer des compensations monétaires.",
    vi: "Chương 16 khẳng định các cam kết của các Bên đối với ILO; Hiệp định hợp tác lao động song song quy định các nghĩa vụ, một Hội đồng cấp Bộ trưởng, các Văn phòng hành chính quốc gia tiếp nhận kiến nghị của công chúng và một ban rà soát có thể áp dụng các khoản đánh giá bằng tiền.",
  },
  "The labour side agreement to NAFTA: eleven labour principles, a Commission for Labor Cooperation with a Council and a Secretariat, and National Administrative Offices. Superseded by USMCA Chapter 23 on 1 July 2020.": {
    es: "El acuerdo paralelo del TLCAN en materia laboral: once principios laborales, una Comisión para la Cooperación Laboral con un Consejo y un Secretariado, y Oficinas Administrativas Nacionales. Sustituido por el capítulo 23 del T-MEC el 1 de julio de 2020.",
    fr: "L’accord parallèle de l’ALENA sur le travail : onze principes relatifs au travail, une Commission de coopération dans le domaine du travail dotée d’un Conseil et d’un Secrétariat, et des bureaux administratifs nationaux. Remplacé par le chapitre 23 de l’ACEUM le 1er juillet 2020.",
    vi: "Hiệp định bổ sung về lao động của NAFTA: mười một nguyên tắc lao động, một Ủy ban hợp tác lao động gồm Hội đồng và Ban thư ký, cùng các Văn phòng hành chính quốc gia. Được thay thế bởi Chương 23 của USMCA từ ngày 1 tháng 7 năm 2020.",
  },
  "Reform restricting labour subcontracting": {
    es: "Reforma que restringe la subcontratación laboral",
    fr: "Réforme limitant la sous-traitance de main-d’œuvre",
    vi: "Cải cách hạn chế cho thuê lại lao động",
  },
  "Mexico notified the reform that prohibits subcontracting of personnel except for registered specialised services, and its effect on profit-sharing and social security.": {
    es: "México notificó la reforma que prohíbe la subcontratación de personal, salvo los servicios especializados registrados, y sus efectos en la participación de los trabajadores en las utilidades y en la seguridad social.",
    fr: "Le Mexique a notifié la réforme qui interdit la sous-traitance de personnel, sauf pour les services spécialisés enregistrés, ainsi que ses effets sur la participation aux bénéfices et la sécurité sociale.",
    vi: "Mexico đã thông báo về cải cách cấm cho thuê lại lao động, trừ các dịch vụ chuyên môn đã đăng ký, cùng tác động của cải cách đối với việc chia lợi nhuận và bảo hiểm xã hội.",
  },
  "Preliminary findings of a Rapid Response review at an auto-parts facility": {
    es: "Conclusiones preliminares de una revisión de Respuesta Rápida en una planta de autopartes",
    fr: "Constatations préliminaires d’un examen de réaction rapide dans une usine de pièces automobiles",
    vi: "Kết quả sơ bộ của một cuộc rà soát theo cơ chế phản ứng nhanh tại một nhà máy linh kiện ô tô",
  },
  "Shared with Mexico before remediation talks: worker interviews point to interference in a union election and dismissals of organisers.": {
    es: "Compartidas con México antes de las conversaciones sobre la reparación: las entrevistas con los trabajadores apuntan a injerencias en una elección sindical y a despidos de organizadores.",
    fr: "Communiquées au Mexique avant les discussions sur les mesures correctives : les entretiens avec les travailleurs font état d’ingérences dans une élection syndicale et de licenciements d’organisateurs.",
    vi: "Được chia sẻ với Mexico trước các cuộc đàm phán khắc phục: các cuộc phỏng vấn người lao động cho thấy có sự can thiệp vào một cuộc bầu cử công đoàn và việc sa thải những người vận động thành lập công đoàn.",
  },
  "Canada's proactive pay equity regime": {
    es: "El régimen proactivo de equidad salarial de Canadá",
    fr: "Le régime proactif d’équité salariale du Canada",
    vi: "Chế độ chủ động bảo đảm trả lương bình đẳng của Canada",
  },
  "ESDC presented the federal Pay Equity Act, its employer plans and the role of the Pay Equity Commissioner.": {
    es: "ESDC presentó la Ley federal de Equidad Salarial, los planes que exige a los empleadores y la figura del Comisionado de Equidad Salarial.",
    fr: "EDSC a présenté la Loi sur l’équité salariale fédérale, les plans d’équité que doivent établir les employeurs et le rôle du commissaire à l’équité salariale.",
    vi: "ESDC đã giới thiệu Luật Bình đẳng tiền lương cấp liên bang, các kế hoạch của người sử dụng lao động và vai trò của Ủy viên phụ trách bình đẳng tiền lương.",
  },
  "Labour informality rate, second quarter 2025 (ENOE)": {
    es: "Tasa de informalidad laboral, segundo trimestre de 2025 (ENOE)",
    fr: "Taux d’informalité de l’emploi, deuxième trimestre 2025 (ENOE)",
    vi: "Tỷ lệ lao động phi chính thức, quý II năm 2025 (ENOE)",
  },
  "Quarterly employment, informality and earnings series from Mexico's national employment survey, with the methodological notes agreed in the statistics exchange.": {
    es: "Series trimestrales de ocupación, informalidad e ingresos de la encuesta nacional de empleo de México, con las notas metodológicas acordadas en el intercambio estadístico.",
    fr: "Séries trimestrielles sur l’emploi, l’informalité et les revenus issues de l’enquête nationale sur l’emploi du Mexique, avec les notes méthodologiques convenues dans le cadre de l’échange statistique.",
    vi: "Chuỗi số liệu hằng quý về việc làm, lao động phi chính thức và thu nhập từ điều tra lao động việc làm quốc gia của Mexico, kèm các ghi chú phương pháp luận đã thống nhất trong khuôn khổ trao đổi số liệu thống kê.",
  },
  "U.S. enforcement of the forced labour import prohibition": {
    es: "Aplicación por los Estados Unidos de la prohibición de importar bienes producidos con trabajo forzoso",
    fr: "Application par les États-Unis de l’interdiction d’importer des biens issus du travail forcé",
    vi: "Hoa Kỳ thực thi lệnh cấm nhập khẩu hàng hóa sản xuất bằng lao động cưỡng bức",
  },
  "Summary of withhold release orders, findings and modifications, and the evidence importers submit to obtain release.": {
    es: "Resumen de las órdenes de retención, las determinaciones y sus modificaciones, y de las pruebas que presentan los importadores para obtener la liberación de las mercancías.",
    fr: "Synthèse des ordonnances de retenue, des constatations et de leurs modifications, ainsi que des éléments que les importateurs présentent pour obtenir la mainlevée.",
    vi: "Tóm tắt các lệnh tạm giữ hàng hóa, các kết luận và sửa đổi, cùng những bằng chứng mà nhà nhập khẩu nộp để được giải phóng hàng.",
  },
  "Guatemala labour inspection statistics 2024": {
    es: "Estadísticas de inspección del trabajo de Guatemala, 2024",
    fr: "Statistiques de l’inspection du travail du Guatemala, 2024",
    vi: "Số liệu thống kê thanh tra lao động của Guatemala năm 2024",
  },
  "Inspections by sector and department, violations found, sanctions imposed since the 2017 reform, and fines collected.": {
    es: "Inspecciones por sector y departamento, infracciones constatadas, sanciones impuestas desde la reforma de 2017 y multas cobradas.",
    fr: "Inspections par secteur et par département, infractions constatées, sanctions infligées depuis la réforme de 2017 et amendes recouvrées.",
    vi: "Số cuộc thanh tra theo ngành và theo tỉnh, các vi phạm phát hiện, các chế tài đã áp dụng kể từ cải cách năm 2017 và số tiền phạt đã thu.",
  },
  "Public report of review of the Guatemala submission": {
    es: "Informe público de revisión de la comunicación sobre Guatemala",
    fr: "Rapport public d’examen de la communication concernant le Guatemala",
    vi: "Báo cáo công khai về việc rà soát kiến nghị liên quan đến Guatemala",
  },
  "OTLA's report on the 2008 submission by U.S. and Guatemalan unions, which led to consultations and later to the first labour dispute under a U.S. trade agreement.": {
    es: "Informe de la OTLA sobre la comunicación presentada en 2008 por sindicatos estadounidenses y guatemaltecos, que dio lugar a consultas y, más tarde, a la primera controversia laboral en virtud de un acuerdo comercial de los Estados Unidos.",
    fr: "Rapport de l’OTLA sur la communication présentée en 2008 par des syndicats américains et guatémaltèques, qui a conduit à des consultations puis au premier différend relatif au travail fondé sur un accord commercial des États-Unis.",
    vi: "Báo cáo của OTLA về kiến nghị năm 2008 của các công đoàn Hoa Kỳ và Guatemala, dẫn đến tham vấn và sau đó là vụ tranh chấp lao động đầu tiên theo một hiệp định thương mại của Hoa Kỳ.",
  },
  "New Labour Inspection Law": {
    es: "Nueva Ley de Inspección del Trabajo",
    fr: "Nouvelle loi sur l’inspection du travail",
    vi: "Luật Thanh tra lao động mới",
  },
  "Honduras notified its 2017 Labour Inspection Law, which raises fines and strengthens inspectors' powers, a commitment of the Labor Rights Monitoring and Action Plan.": {
    es: "Honduras notificó su Ley de Inspección del Trabajo de 2017, que aumenta las multas y refuerza las facultades de los inspectores, un compromiso del Plan de Monitoreo y Acción sobre Derechos Laborales.",
    fr: "Le Honduras a notifié sa loi de 2017 sur l’inspection du travail, qui relève le montant des amendes et renforce les pouvoirs des inspecteurs, un engagement du Plan de suivi et d’action sur les droits des travailleurs.",
    vi: "Honduras đã thông báo Luật Thanh tra lao động năm 2017, theo đó tăng mức phạt và tăng cường thẩm quyền của thanh tra viên, thực hiện một cam kết trong Kế hoạch giám sát và hành động về quyền lao động.",
  },
  "Entry into force of the 2019 Labour Code": {
    es: "Entrada en vigor del Código del Trabajo de 2019",
    fr: "Entrée en vigueur du Code du travail de 2019",
    vi: "Bộ luật Lao động năm 2019 có hiệu lực",
  },
  "The Labour Code (Law No. 45/2019/QH14) allows workers to form enterprise-level representative organisations outside the VGCL and revises working time and dispute rules.": {
    es: "El Código del Trabajo (Ley n.º 45/2019/QH14) permite a los trabajadores constituir organizaciones representativas a nivel de empresa al margen de la VGCL y revisa las normas sobre tiempo de trabajo y conflictos laborales.",
    fr: "Le Code du travail (loi nº 45/2019/QH14) permet aux travailleurs de constituer des organisations représentatives au niveau de l’entreprise en dehors de la VGCL et révise les règles relatives au temps de travail et aux conflits du travail.",
    vi: "Bộ luật Lao động (Luật số 45/2019/QH14) cho phép người lao động thành lập tổ chức đại diện tại doanh nghiệp ngoài hệ thống Tổng Liên đoàn Lao động Việt Nam, đồng thời sửa đổi các quy định về thời giờ làm việc và giải quyết tranh chấp lao động.",
  },
  "Ratification of ILO Convention No. 105 on the abolition of forced labour": {
    es: "Ratificación del Convenio núm. 105 de la OIT sobre la abolición del trabajo forzoso",
    fr: "Ratification de la convention nº 105 de l’OIT sur l’abolition du travail forcé",
    vi: "Phê chuẩn Công ước số 105 của ILO về xóa bỏ lao động cưỡng bức",
  },
  "Viet Nam informed the EU that it had deposited its ratification of C105, following C98 in 2019.": {
    es: "Viet Nam informó a la UE de que había depositado su instrumento de ratificación del C105, tras el del C98 en 2019.",
    fr: "Le Viet Nam a informé l’UE du dépôt de son instrument de ratification de la C105, après celui de la C98 en 2019.",
    vi: "Việt Nam đã thông báo cho EU về việc nộp lưu chiểu văn kiện phê chuẩn Công ước 105, sau Công ước 98 vào năm 2019.",
  },
  "Technical note: trade union registration in EU Member States": {
    es: "Nota técnica: el registro de sindicatos en los Estados miembros de la UE",
    fr: "Note technique : l’enregistrement des syndicats dans les États membres de l’UE",
    vi: "Ghi chú kỹ thuật: đăng ký công đoàn tại các quốc gia thành viên EU",
  },
  "How several Member States handle registration, recognition and the representativeness of trade unions, prepared for the C87 working group.": {
    es: "Cómo abordan varios Estados miembros el registro, el reconocimiento y la representatividad de los sindicatos; nota elaborada para el grupo de trabajo sobre el C87.",
    fr: "Comment plusieurs États membres traitent l’enregistrement, la reconnaissance et la représentativité des syndicats ; note préparée pour le groupe de travail sur la C87.",
    vi: "Cách một số quốc gia thành viên xử lý việc đăng ký, công nhận và tính đại diện của công đoàn, được soạn cho nhóm công tác về Công ước 87.",
  },
  "NAO review report on Public Communication CAN 2016-1": {
    es: "Informe de revisión de la OAN sobre la Comunicación Pública CAN 2016-1",
    fr: "Rapport d’examen du BAN sur la communication du public CAN 2016-1",
    vi: "Báo cáo rà soát của Văn phòng hành chính quốc gia về Kiến nghị công khai CAN 2016-1",
  },
  "The Canadian NAO found shortcomings in addressing abusive subcontracting, fine collection and violence against union leaders, and recommended ministerial consultations.": {
    es: "La OAN de Canadá constató deficiencias en la lucha contra la subcontratación abusiva, el cobro de multas y la violencia contra dirigentes sindicales, y recomendó consultas ministeriales.",
    fr: "Le BAN canadien a relevé des lacunes dans la lutte contre la sous-traitance abusive, le recouvrement des amendes et les violences contre les dirigeants syndicaux, et a recommandé des consultations ministérielles.",
    vi: "Văn phòng hành chính quốc gia của Canada đã chỉ ra những thiếu sót trong xử lý tình trạng thuê lại lao động lạm dụng, thu tiền phạt và bạo lực đối với cán bộ lãnh đạo công đoàn, đồng thời khuyến nghị tham vấn cấp bộ trưởng.",
  },
  "Inspections of illegal labour intermediation in palm oil, sugar and ports": {
    es: "Inspecciones de la intermediación laboral ilegal en la palma de aceite, el azúcar y los puertos",
    fr: "Inspections de l’intermédiation illégale de main-d’œuvre dans l’huile de palme, le sucre et les ports",
    vi: "Thanh tra hoạt động môi giới lao động bất hợp pháp trong ngành dầu cọ, đường và cảng biển",
  },
  "Results of targeted inspections: investigations opened, fines imposed and formalisation agreements signed, 2018–2019.": {
    es: "Resultados de inspecciones focalizadas: investigaciones abiertas, multas impuestas y acuerdos de formalización firmados, 2018–2019.",
    fr: "Résultats d’inspections ciblées : enquêtes ouvertes, amendes infligées et accords de formalisation signés, 2018–2019.",
    vi: "Kết quả các cuộc thanh tra có trọng tâm: số vụ điều tra đã mở, mức phạt đã áp dụng và các thỏa thuận chính thức hóa lao động đã ký, giai đoạn 2018–2019.",
  },
  "Union density and collective bargaining coverage, 2016": {
    es: "Tasa de sindicalización y cobertura de la negociación colectiva, 2016",
    fr: "Taux de syndicalisation et couverture de la négociation collective, 2016",
    vi: "Tỷ lệ tham gia công đoàn và độ bao phủ của thương lượng tập thể năm 2016",
  },
  "First yearly bulletin prepared with the methodology agreed in the bilateral statistics exchange.": {
    es: "Primer boletín anual elaborado con la metodología acordada en el intercambio estadístico bilateral.",
    fr: "Premier bulletin annuel établi selon la méthodologie convenue dans le cadre de l’échange statistique bilatéral.",
    vi: "Bản tin thường niên đầu tiên được xây dựng theo phương pháp đã thống nhất trong khuôn khổ trao đổi số liệu thống kê song phương.",
  },
};
