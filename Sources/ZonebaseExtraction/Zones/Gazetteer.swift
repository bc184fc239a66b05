/// China's provinces and their prefecture-level cities (and a few county-level cities that host
/// zones), in English, for placing zones and recognizing places named as subjects.
enum Gazetteer {
    /// Each province (or municipality, autonomous region) with its cities. The four municipalities
    /// are their own city.
    static let citiesByProvince: [String: [String]] = [
        "Beijing": ["Beijing"], "Tianjin": ["Tianjin"], "Shanghai": ["Shanghai"], "Chongqing": ["Chongqing"],
        "Hebei": ["Shijiazhuang", "Tangshan", "Qinhuangdao", "Handan", "Xingtai", "Baoding", "Zhangjiakou",
                  "Chengde", "Cangzhou", "Langfang", "Hengshui", "Xiong'an"],
        "Shanxi": ["Taiyuan", "Datong", "Yangquan", "Changzhi", "Jincheng", "Shuozhou", "Jinzhong", "Yuncheng",
                   "Xinzhou", "Linfen", "Lvliang"],
        "Inner Mongolia": ["Hohhot", "Baotou", "Wuhai", "Chifeng", "Tongliao", "Ordos", "Hulunbuir", "Bayannur",
                           "Ulanqab"],
        "Liaoning": ["Shenyang", "Dalian", "Anshan", "Fushun", "Benxi", "Dandong", "Jinzhou", "Yingkou", "Fuxin",
                     "Liaoyang", "Panjin", "Tieling", "Chaoyang", "Huludao"],
        "Jilin": ["Changchun", "Jilin", "Siping", "Liaoyuan", "Tonghua", "Baishan", "Songyuan", "Baicheng", "Yanji"],
        "Heilongjiang": ["Harbin", "Qiqihar", "Jixi", "Hegang", "Shuangyashan", "Daqing", "Yichun", "Jiamusi",
                         "Qitaihe", "Mudanjiang", "Heihe", "Suihua"],
        "Jiangsu": ["Nanjing", "Wuxi", "Xuzhou", "Changzhou", "Suzhou", "Nantong", "Lianyungang", "Huai'an",
                    "Yancheng", "Yangzhou", "Zhenjiang", "Taizhou", "Suqian", "Kunshan", "Jiangyin", "Changshu",
                    "Wujin", "Jintan"],
        "Zhejiang": ["Hangzhou", "Ningbo", "Wenzhou", "Jiaxing", "Huzhou", "Shaoxing", "Jinhua", "Quzhou",
                     "Zhoushan", "Lishui", "Xiaoshan"],
        "Anhui": ["Hefei", "Wuhu", "Bengbu", "Huainan", "Ma'anshan", "Huaibei", "Tongling", "Anqing", "Huangshan",
                  "Chuzhou", "Fuyang", "Suzhou", "Lu'an", "Bozhou", "Chizhou", "Xuancheng"],
        "Fujian": ["Fuzhou", "Xiamen", "Putian", "Sanming", "Quanzhou", "Zhangzhou", "Nanping", "Longyan", "Ningde"],
        "Jiangxi": ["Nanchang", "Jingdezhen", "Pingxiang", "Jiujiang", "Xinyu", "Yingtan", "Ganzhou", "Ji'an",
                    "Yichun", "Fuzhou", "Shangrao"],
        "Shandong": ["Jinan", "Qingdao", "Zibo", "Zaozhuang", "Dongying", "Yantai", "Weifang", "Jining", "Tai'an",
                     "Weihai", "Rizhao", "Linyi", "Dezhou", "Liaocheng", "Binzhou", "Heze", "Laiwu"],
        "Henan": ["Zhengzhou", "Kaifeng", "Luoyang", "Pingdingshan", "Anyang", "Hebi", "Xinxiang", "Jiaozuo",
                  "Puyang", "Xuchang", "Luohe", "Sanmenxia", "Nanyang", "Shangqiu", "Xinyang", "Zhoukou",
                  "Zhumadian"],
        "Hubei": ["Wuhan", "Huangshi", "Shiyan", "Yichang", "Xiangyang", "Xiangfan", "Ezhou", "Jingmen", "Xiaogan",
                  "Jingzhou", "Huanggang", "Xianning", "Suizhou", "Xiantao", "Enshi", "Laohekou"],
        "Hunan": ["Changsha", "Zhuzhou", "Xiangtan", "Hengyang", "Shaoyang", "Yueyang", "Changde", "Zhangjiajie",
                  "Yiyang", "Chenzhou", "Yongzhou", "Huaihua", "Loudi", "Ningxiang", "Liuyang"],
        "Guangdong": ["Guangzhou", "Shaoguan", "Shenzhen", "Zhuhai", "Shantou", "Foshan", "Jiangmen", "Zhanjiang",
                      "Maoming", "Zhaoqing", "Huizhou", "Meizhou", "Shanwei", "Heyuan", "Yangjiang", "Qingyuan",
                      "Dongguan", "Zhongshan", "Chaozhou", "Jieyang", "Yunfu"],
        "Guangxi": ["Nanning", "Liuzhou", "Guilin", "Wuzhou", "Beihai", "Fangchenggang", "Qinzhou", "Guigang",
                    "Yulin", "Baise", "Hezhou", "Hechi", "Laibin", "Chongzuo"],
        "Hainan": ["Haikou", "Sanya", "Sansha", "Danzhou", "Yangpu"],
        "Sichuan": ["Chengdu", "Zigong", "Panzhihua", "Luzhou", "Deyang", "Mianyang", "Guangyuan", "Suining",
                    "Neijiang", "Leshan", "Nanchong", "Meishan", "Yibin", "Guang'an", "Dazhou", "Ya'an", "Bazhong",
                    "Ziyang"],
        "Guizhou": ["Guiyang", "Liupanshui", "Zunyi", "Anshun", "Bijie", "Tongren", "Kaili", "Duyun"],
        "Yunnan": ["Kunming", "Qujing", "Yuxi", "Baoshan", "Zhaotong", "Lijiang", "Pu'er", "Lincang", "Chuxiong",
                   "Honghe", "Dali", "Mengzi"],
        "Tibet": ["Lhasa", "Shigatse", "Chamdo", "Nyingchi", "Shannan", "Nagqu"],
        "Shaanxi": ["Xi'an", "Tongchuan", "Baoji", "Xianyang", "Weinan", "Yan'an", "Hanzhong", "Yulin", "Ankang",
                    "Shangluo", "Yangling"],
        "Gansu": ["Lanzhou", "Jiayuguan", "Jinchang", "Baiyin", "Tianshui", "Wuwei", "Zhangye", "Pingliang",
                  "Jiuquan", "Qingyang", "Dingxi", "Longnan"],
        "Qinghai": ["Xining", "Haidong", "Golmud", "Delingha"],
        "Ningxia": ["Yinchuan", "Shizuishan", "Wuzhong", "Guyuan", "Zhongwei"],
        "Xinjiang": ["Urumqi", "Karamay", "Turpan", "Hami", "Shihezi", "Changji", "Korla", "Kashgar", "Yining",
                     "Khorgos", "Aksu", "Hotan", "Kuitun"],
        "Hong Kong": ["Hong Kong"], "Macao": ["Macao"], "Taiwan": ["Taipei"],
    ]

    /// Other spellings of province names.
    static let provinceAliases: [String: String] = [
        "xizang": "Tibet", "macau": "Macao", "guangxi zhuang": "Guangxi", "ningxia hui": "Ningxia",
        "xinjiang uygur": "Xinjiang", "xinjiang uyghur": "Xinjiang",
    ]

    /// Lower-cased province name → canonical name.
    static let provinces: [String: String] = {
        var map: [String: String] = [:]
        for province in citiesByProvince.keys { map[province.lowercased()] = province }
        for (alias, province) in provinceAliases { map[alias] = province }
        return map
    }()

    /// Where two provinces have a city of the same name, the one meant when the text does not say
    /// (the larger city): Suzhou is Jiangsu's before Anhui's, Fuzhou Fujian's before Jiangxi's.
    static let preferredProvinceOfSharedName: [String: String] = [
        "suzhou": "Jiangsu", "fuzhou": "Fujian", "taizhou": "Jiangsu", "yichun": "Jiangxi", "yulin": "Shaanxi",
        "jilin": "Jilin",
    ]

    /// Lower-cased city name → (city, province). A name shared by two provinces takes the preferred
    /// one; the document's province settles it where it names one.
    static let cities: [String: (city: String, province: String)] = {
        var map: [String: (String, String)] = [:]
        for (province, cities) in citiesByProvince.sorted(by: { $0.key < $1.key }) {
            for city in cities {
                let key = city.lowercased()
                if map[key] == nil || preferredProvinceOfSharedName[key] == province { map[key] = (city, province) }
            }
        }
        return map
    }()

    /// The first words of all place names, lower case ("inner" for Inner Mongolia, "xi" for Xi'an),
    /// to skip words that start none cheaply.
    static let firstWords: WordSet = {
        var words: Set<String> = ["china"]
        for name in Array(provinces.keys) + Array(cities.keys) {
            let first = name.split(whereSeparator: { $0 == " " || $0 == "'" }).first.map(String.init) ?? name
            words.insert(first)
        }
        return WordSet(words)
    }()

    /// The province a city of that name lies in, preferring `preferredProvince` when it has one.
    static func province(ofCity city: String, preferring preferredProvince: String?) -> String? {
        if let preferredProvince, citiesByProvince[preferredProvince]?.contains(city) == true {
            return preferredProvince
        }
        return cities[city.lowercased()]?.province
    }
}
